/*
 * recvmsg(MSG_CMSG_CLOFORK) sets close-on-fork (FD_CLOFORK) on the
 * received descriptors.
 *
 * A descriptor without FD_CLOFORK is sent; the receiver passes
 * MSG_CMSG_CLOFORK; the value is whether the received descriptor has
 * FD_CLOFORK. n/a where MSG_CMSG_CLOFORK or FD_CLOFORK is not defined
 * (FreeBSD before 15, Linux, macOS).
 *
 * Covers: RIGHTS-06
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_externalize (MSG_CMSG_CLOFORK, O_CLOFORK)
 */
#include "rights.h"

#include <fcntl.h>

void probe_main(void)
{
#if defined(MSG_CMSG_CLOFORK) && defined(FD_CLOFORK)
    int p[2];
    rights_pipe(p);
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    if (send_fds(sv[0], &p[1], 1, "x", 1) < 0)
        setup_failed("sendmsg SCM_RIGHTS");
    char buf[4];
    struct fd_recv got;
    recv_fds(sv[1], buf, sizeof buf, CMSG_SPACE(sizeof(int)), MSG_CMSG_CLOFORK, &got);
    if (got.bytes < 0)
        observe("recv=%s", errno_name(got.err));
    if (got.nfds != 1)
        observe("nfds=%d", got.nfds);
    int fdfl = fcntl(got.fds[0], F_GETFD);
    CHECK(fdfl);
    observe("clofork=%s", yesno(fdfl & FD_CLOFORK));
#else
    not_applicable("MSG_CMSG_CLOFORK or FD_CLOFORK not defined");
#endif
}
