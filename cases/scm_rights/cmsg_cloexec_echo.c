/*
 * Is MSG_CMSG_CLOEXEC echoed back in msg_flags after a recvmsg that used it?
 *
 * Linux passes the caller's MSG_CMSG_CLOEXEC through to the returned
 * msg_flags; other systems may clear it. The value is whether the flag is
 * set in msg_flags after receiving one descriptor with it.
 *
 * Covers: RIGHTS-05
 * linux: recv(2) MSG_CMSG_CLOEXEC
 */
#include "probe.h"

void probe_main(void)
{
#ifdef MSG_CMSG_CLOEXEC
    int p[2];
    make_pipe(p);
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    if (send_fds(sv[0], &p[1], 1, "x", 1) < 0)
        setup_failed("sendmsg SCM_RIGHTS");
    char buf[4];
    struct fd_recv got;
    recv_fds(sv[1], buf, sizeof buf, CMSG_SPACE(sizeof(int)), MSG_CMSG_CLOEXEC, &got);
    if (got.bytes < 0)
        observe("recv=%s", errno_name(got.err));
    observe("echoed=%s", yesno(got.msg_flags & MSG_CMSG_CLOEXEC));
#else
    not_applicable("MSG_CMSG_CLOEXEC not defined");
#endif
}
