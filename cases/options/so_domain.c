/*
 * getsockopt(SO_DOMAIN) on an AF_UNIX socket returns AF_UNIX.
 *
 * The token is AF_UNIX when the value equals AF_UNIX, else the number.
 *
 * Covers: OPT-11
 * linux: socket(7) SO_DOMAIN (since 2.6.32)
 * freebsd: source-derived, sys/sys/socket.h SO_DOMAIN
 */
#include "probe.h"

void probe_main(void)
{
#ifdef SO_DOMAIN
    int s = uds_socket(SOCK_STREAM);
    int domain;
    if (get_int_option(s, SOL_SOCKET, SO_DOMAIN, &domain) < 0)
        observe_errno(errno);
    if (domain == AF_UNIX)
        observe("AF_UNIX");
    observe("%d", domain);
#else
    not_applicable("SO_DOMAIN not defined");
#endif
}
