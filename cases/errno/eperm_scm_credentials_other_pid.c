/*
 * An unprivileged sender puts another process's pid (1) in an
 * SCM_CREDENTIALS message.
 *
 * Only a process with CAP_SYS_ADMIN may claim a pid other than its own, so
 * the probe runs unprivileged. SCM_CREDENTIALS is Linux-only.
 *
 * Covers: ERR-13
 * linux: unix(7) ERRORS EPERM ("invalid credentials in the struct ucred")
 */
#include "probe.h"

#include <string.h>
#include <sys/uio.h>

void probe_main(void)
{
#if defined(SCM_CREDENTIALS) && defined(__linux__)
    require_unprivileged();
    int sv[2];
    uds_pair(SOCK_DGRAM, sv);

    struct ucred cred = { .pid = 1, .uid = getuid(), .gid = getgid() };
    union {
        struct cmsghdr align;
        char buf[CMSG_SPACE(sizeof(struct ucred))];
    } ctl;
    memset(&ctl, 0, sizeof ctl);
    struct iovec iov = { .iov_base = "x", .iov_len = 1 };
    struct msghdr msg;
    memset(&msg, 0, sizeof msg);
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = ctl.buf;
    msg.msg_controllen = sizeof ctl.buf;
    struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_CREDENTIALS;
    c->cmsg_len = CMSG_LEN(sizeof cred);
    memcpy(CMSG_DATA(c), &cred, sizeof cred);

    observe("%s", io_result(sendmsg(sv[0], &msg, 0)));
#else
    not_applicable("SCM_CREDENTIALS is not offered here");
#endif
}
