/*
 * recvmsg() with a 0-byte data buffer when a 1-byte message carrying one
 * SCM_RIGHTS descriptor is queued: does the descriptor come, and what
 * becomes of the byte?
 *
 * Token "recv=R,nfds=N,next=M": recvmsg's result, the descriptors it
 * delivered, and a following 16-byte non-blocking recv (1 when the byte
 * stayed queued, EAGAIN when the message was consumed).
 *
 * Covers: RIGHTS-01, RIGHTS-02, STR-21
 * Types: stream, dgram, seqpacket
 * linux: unix(7) Ancillary messages (SCM_RIGHTS)
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2], p[2];
    uds_pair(PROBE_TYPE, sv);
    make_pipe(p);
    if (send_fds(sv[0], &p[0], 1, "x", 1) != 1)
        setup_failed("send_fds");
    struct fd_recv r;
    char buf[16];
    recv_fds(sv[1], buf, 0, CMSG_SPACE(sizeof(int)), MSG_DONTWAIT, &r);
    close_fds(r.fds, r.nfds < 512 ? r.nfds : 512);
    errno = r.err;
    const char *got = io_result(r.bytes);
    observe("recv=%s,nfds=%d,next=%s", got, r.nfds,
            io_result(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT)));
}
