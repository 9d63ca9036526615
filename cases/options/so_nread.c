/*
 * getsockopt(SO_NREAD) with two messages of 3 and 5 bytes queued: how many
 * bytes does it report?
 *
 * On macOS SO_NREAD gives the bytes of the first datagram for a datagram
 * socket, and all queued bytes for a stream.
 *
 * Covers: OPT-07, IOCTL-02
 * Types: stream, dgram
 * darwin: source-derived, bsd/kern/uipc_socket.c sogetoptlock SO_NREAD
 */
#include "probe.h"

void probe_main(void)
{
#ifdef SO_NREAD
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    if (send(sv[0], "abc", 3, 0) != 3 || send(sv[0], "defgh", 5, 0) != 5)
        setup_failed("send");
    int n;
    if (get_int_option(sv[1], SOL_SOCKET, SO_NREAD, &n) < 0)
        observe_errno(errno);
    observe("%d", n);
#else
    not_applicable("SO_NREAD not defined");
#endif
}
