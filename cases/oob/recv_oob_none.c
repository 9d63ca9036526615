/*
 * recv(MSG_OOB) when ordinary data is queued but no OOB byte is pending.
 *
 * Linux (since 5.15) answers EINVAL on SOCK_STREAM; SOCK_DGRAM and
 * SOCK_SEQPACKET reject MSG_OOB on receive with EOPNOTSUPP. The receive
 * is non-blocking so that a system that waits for urgent data shows
 * EAGAIN instead of hanging.
 *
 * Covers: OOB-03, DGR-19, ERR-12
 * Types: stream, dgram, seqpacket
 * linux: source-derived, net/unix/af_unix.c unix_stream_recv_urg, unix_dgram_recvmsg
 * freebsd: source-derived, sys/kern/uipc_socket.c soreceive_rcvoob
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    if (send(sv[0], "x", 1, 0) != 1)
        setup_failed("send");
    CHECK(set_nonblocking(sv[1], 1));

    char c;
    observe("%s", io_result(recv(sv[1], &c, 1, MSG_OOB)));
}
