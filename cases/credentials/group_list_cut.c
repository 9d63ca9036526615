/*
 * FreeBSD SCM_CREDS: a sender with more supplementary groups than
 * CMGROUP_MAX (16) has its group list cut to that many in the struct
 * cmsgcred the kernel fills in.
 *
 * As root, a child sets 20 supplementary groups with setgroups() and sends
 * one byte with a zeroed struct cmsgcred; the parent receives it and
 * reports cmcred_ngroups as it arrived (creds=no when no SCM_CREDS
 * message came). n/a outside FreeBSD or when not root.
 *
 * Covers: CRED-16, LIM-05
 * freebsd: unix(4) SCM_CREDS (struct cmsgcred, cmcred_groups[CMGROUP_MAX]); source-derived, sys/kern/uipc_usrreq.c unp_internalize
 */
#include "probe.h"

#if defined(__FreeBSD__) && defined(SCM_CREDS)
#include <grp.h>
#include <string.h>
#include <sys/uio.h>

#define NGROUPS_SET 20

/* In the child: 20 groups, then one message with a zeroed cmsgcred. */
static int child(void *arg)
{
    int fd = *(int *)arg;
    gid_t groups[NGROUPS_SET];
    for (int i = 0; i < NGROUPS_SET; i++)
        groups[i] = (gid_t)(1000 + i);
    if (setgroups(NGROUPS_SET, groups) < 0)
        return 2;
    union {
        struct cmsghdr align;
        char buf[CMSG_SPACE(sizeof(struct cmsgcred))];
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
    c->cmsg_type = SCM_CREDS;
    c->cmsg_len = CMSG_LEN(sizeof(struct cmsgcred));
    if (sendmsg(fd, &msg, 0) < 0)
        return 3;
    return 0;
}
#endif

void probe_main(void)
{
#if defined(__FreeBSD__) && defined(SCM_CREDS)
    require_root();
    int sv[2];
    uds_pair(SOCK_DGRAM, sv);
    int rc = wait_child(run_child(child, &sv[0]), WAIT_MS);
    if (rc == 2)
        setup_error("setgroups", "20 groups refused");
    if (rc != 0)
        setup_error("child", "exit code %d", rc);

    union {
        struct cmsghdr align;
        char buf[CMSG_SPACE(sizeof(struct cmsgcred))];
    } in;
    memset(&in, 0, sizeof in);
    char b;
    struct iovec iov = { .iov_base = &b, .iov_len = 1 };
    struct msghdr msg;
    memset(&msg, 0, sizeof msg);
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = in.buf;
    msg.msg_controllen = sizeof in.buf;
    if (recvmsg(sv[1], &msg, MSG_DONTWAIT) < 0)
        observe("recv=%s", errno_name(errno));
    struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
    if (c == NULL || c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_CREDS)
        observe("creds=no");
    struct cmsgcred cc;
    memcpy(&cc, CMSG_DATA(c), sizeof cc);
    observe("ngroups=%d", (int)cc.cmcred_ngroups);
#else
    not_applicable("FreeBSD SCM_CREDS only");
#endif
}
