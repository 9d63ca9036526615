/*
 * getsockopt(SO_PROTOCOL) on an AF_UNIX socket made with protocol 0.
 *
 * The token is the protocol number as the kernel reports it.
 *
 * Covers: OPT-11
 * linux: socket(7) SO_PROTOCOL (since 2.6.32)
 * freebsd: source-derived, sys/sys/socket.h SO_PROTOCOL
 */
#include "probe.h"

void probe_main(void)
{
#ifdef SO_PROTOCOL
    int s = uds_socket(SOCK_STREAM);
    int proto;
    if (get_int_option(s, SOL_SOCKET, SO_PROTOCOL, &proto) < 0)
        observe_errno(errno);
    observe("%d", proto);
#else
    not_applicable("SO_PROTOCOL not defined");
#endif
}
