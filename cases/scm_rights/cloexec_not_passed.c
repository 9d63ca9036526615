/*
 * FD_CLOEXEC is a per-descriptor flag and does not travel with the
 * descriptor: a close-on-exec descriptor arrives without it.
 *
 * The sender marks the descriptor FD_CLOEXEC before sending; the value is
 * whether the received descriptor has FD_CLOEXEC (recvmsg without
 * MSG_CMSG_CLOEXEC).
 *
 * Covers: RIGHTS-04
 * freebsd: unix(4) CONTROL MESSAGES (received as if by dup(2))
 * darwin: unix(4) ("close-on-exec flag is not passed to a receiver")
 * openbsd: unix(4)
 * netbsd: unix(4)
 */
#include "rights.h"

#include <fcntl.h>

void probe_main(void)
{
    int p[2];
    rights_pipe(p);
    CHECK(fcntl(p[1], F_SETFD, FD_CLOEXEC));
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    if (send_fds(sv[0], &p[1], 1, "x", 1) < 0)
        setup_failed("sendmsg SCM_RIGHTS");
    char buf[4];
    struct fd_recv got;
    recv_fds(sv[1], buf, sizeof buf, CMSG_SPACE(sizeof(int)), 0, &got);
    if (got.bytes < 0 || got.nfds != 1)
        setup_error("recvmsg", "expected one descriptor, got %d", got.nfds);
    int fdfl = fcntl(got.fds[0], F_GETFD);
    CHECK(fdfl);
    observe("cloexec=%s", yesno(fdfl & FD_CLOEXEC));
}
