/*
 * Passing an fd on a stream with zero bytes of data: does it arrive?
 *
 * sendmsg() with an empty payload and one SCM_RIGHTS fd; the receiver makes
 * a non-blocking recvmsg(). The token is "recv=R,nfds=N": what recvmsg()
 * returned (bytes or errno name) and the fds the receiver got; or
 * "send=ERRNO" when sendmsg() refuses.
 *
 * Covers: STR-22
 * linux: unix(7) NOTES: at least one byte of nonancillary data must be sent with fds on SOCK_STREAM
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2], p[2];
    uds_pair(SOCK_STREAM, sv);
    CHECK(pipe(p));
    if (send_fds(sv[0], &p[0], 1, NULL, 0) < 0)
        observe("send=%s", errno_name(errno));

    char buf[16];
    struct fd_recv r;
    recv_fds(sv[1], buf, sizeof buf, CMSG_SPACE(sizeof(int)), MSG_DONTWAIT, &r);
    close_fds(r.fds, r.nfds);
    errno = r.err;
    observe("recv=%s,nfds=%d", io_result(r.bytes), r.nfds);
}
