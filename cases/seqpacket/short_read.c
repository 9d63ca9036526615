/*
 * A seqpacket record read with a buffer that is too short: is the rest of
 * the record discarded (with MSG_TRUNC) or kept for the next read?
 *
 * A 10-byte record, then recvmsg() with 4 bytes of room, then a
 * non-blocking read with room for 64. Token "first=N,trunc=yes|no,next=M"
 * ("next=EAGAIN" when the rest was discarded).
 *
 * Covers: SEQ-05, DGR-15
 * linux: unix(7) (seqpacket uses the datagram receive path); recv(2) MSG_TRUNC in msg_flags
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_soreceive_stream_or_seqpacket (the rest is kept)
 */
#include "probe.h"

#include <stdio.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_SEQPACKET, sv);
    if (send(sv[0], "0123456789", 10, 0) != 10)
        setup_failed("send");
    char buf[64];
    struct fd_recv r;
    recv_fds(sv[1], buf, 4, 0, MSG_DONTWAIT, &r);
    if (r.bytes < 0)
        observe("first=%s", errno_name(r.err));
    observe("first=%zd,trunc=%s,next=%s", r.bytes, yesno(r.msg_flags & MSG_TRUNC),
            io_result(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT)));
}
