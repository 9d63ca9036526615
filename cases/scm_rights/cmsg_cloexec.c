/*
 * recvmsg(MSG_CMSG_CLOEXEC) sets close-on-exec on the received descriptors.
 *
 * A descriptor without FD_CLOEXEC is sent; the receiver passes
 * MSG_CMSG_CLOEXEC; the value is whether the received descriptor has
 * FD_CLOEXEC. n/a where the flag is not defined (macOS).
 *
 * Covers: RIGHTS-05
 * linux: recv(2) MSG_CMSG_CLOEXEC (since Linux 2.6.23)
 * freebsd: unix(4) CONTROL MESSAGES (MSG_CMSG_CLOEXEC, F_DUPFD_CLOEXEC)
 */
#include "rights.h"

#include <fcntl.h>

void probe_main(void)
{
#ifdef MSG_CMSG_CLOEXEC
    int p[2];
    rights_pipe(p);
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    if (send_fds(sv[0], &p[1], 1, "x", 1) < 0)
        setup_failed("sendmsg SCM_RIGHTS");
    char buf[4];
    struct fd_recv got;
    recv_fds(sv[1], buf, sizeof buf, CMSG_SPACE(sizeof(int)), MSG_CMSG_CLOEXEC, &got);
    if (got.bytes < 0)
        observe("recv=%s", errno_name(got.err));
    if (got.nfds != 1)
        observe("nfds=%d", got.nfds);
    int fdfl = fcntl(got.fds[0], F_GETFD);
    CHECK(fdfl);
    observe("cloexec=%s", yesno(fdfl & FD_CLOEXEC));
#else
    not_applicable("MSG_CMSG_CLOEXEC not defined");
#endif
}
