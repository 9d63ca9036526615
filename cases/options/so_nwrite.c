/*
 * getsockopt(SO_NWRITE) on the sender after 5 bytes were sent and not yet
 * read by the peer: how many bytes does the send buffer hold?
 *
 * Covers: OPT-08, IOCTL-04
 * darwin: source-derived, bsd/sys/socket.h SO_NWRITE
 */
#include "probe.h"

void probe_main(void)
{
#ifdef SO_NWRITE
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    if (send(sv[0], "hello", 5, 0) != 5)
        setup_failed("send");
    int n;
    if (get_int_option(sv[0], SOL_SOCKET, SO_NWRITE, &n) < 0)
        observe_errno(errno);
    observe("%d", n);
#else
    not_applicable("SO_NWRITE not defined");
#endif
}
