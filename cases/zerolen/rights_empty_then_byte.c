/*
 * One SCM_RIGHTS descriptor sent with 0 bytes of data, then a plain 1-byte
 * send: what does the receiver's first recvmsg() return?
 *
 * Where the empty send makes a record (dgram, seqpacket) the descriptor
 * comes with a 0-byte read; where it does not (a stream), the descriptor
 * is either dropped or rides on the next byte. Token "recv=R,nfds=N": the
 * first non-blocking recvmsg (16-byte buffer) and the descriptors it gave;
 * or "send=ERRNO" when the empty sendmsg is refused.
 *
 * Covers: RIGHTS-17, STR-22, STR-21
 * Types: stream, dgram, seqpacket
 * linux: unix(7) NOTES ("at least one byte of real data" to pass ancillary data on a stream)
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2], p[2];
    uds_pair(PROBE_TYPE, sv);
    make_pipe(p);
    if (send_fds(sv[0], &p[0], 1, NULL, 0) < 0)
        observe("send=%s", errno_name(errno));
    if (send(sv[0], "y", 1, 0) != 1)
        setup_failed("send");
    if (wait_events(sv[1], POLLIN, WAIT_MS) <= 0)
        setup_error("poll", "nothing arrived");
    struct fd_recv r;
    char buf[16];
    recv_fds(sv[1], buf, sizeof buf, CMSG_SPACE(sizeof(int)), MSG_DONTWAIT, &r);
    close_fds(r.fds, r.nfds < 512 ? r.nfds : 512);
    errno = r.err;
    observe("recv=%s,nfds=%d", io_result(r.bytes), r.nfds);
}
