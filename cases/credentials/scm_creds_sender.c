/*
 * A sender attaches an SCM_CREDS message holding a zeroed struct cmsgcred;
 * the kernel fills it in. Does the send work, does the receiver get one,
 * and does it carry the sender's pid and ids?
 *
 * FreeBSD documents this. macOS defines SCM_CREDS but not struct cmsgcred,
 * and its kernel refuses every control message but SCM_RIGHTS: there the
 * 84-byte FreeBSD size is sent and the send error is the observation.
 *
 * Covers: CRED-09, CRED-10, CRED-16
 * freebsd: unix(4) SCM_CREDS (struct cmsgcred filled by the kernel)
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_internalize
 */
#include "probe.h"

#include <string.h>
#include <sys/uio.h>

#if defined(SCM_CREDS) && !defined(__linux__)
#if defined(__FreeBSD__)
#define CREDS_SIZE sizeof(struct cmsgcred)
#else
#define CREDS_SIZE 84 /* FreeBSD's sizeof(struct cmsgcred) */
#endif
#endif

void probe_main(void)
{
#if defined(SCM_CREDS) && !defined(__linux__)
    int sv[2];
    uds_pair(SOCK_DGRAM, sv);
    union {
        struct cmsghdr align;
        char buf[CMSG_SPACE(CREDS_SIZE)];
    } out, in;
    memset(&out, 0, sizeof out);
    struct iovec iov = { .iov_base = "x", .iov_len = 1 };
    struct msghdr msg;
    memset(&msg, 0, sizeof msg);
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = out.buf;
    msg.msg_controllen = sizeof out.buf;
    struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_CREDS;
    c->cmsg_len = CMSG_LEN(CREDS_SIZE);
    if (sendmsg(sv[0], &msg, 0) < 0)
        observe("send=%s", errno_name(errno));

    char b;
    memset(&in, 0, sizeof in);
    iov.iov_base = &b;
    memset(&msg, 0, sizeof msg);
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = in.buf;
    msg.msg_controllen = sizeof in.buf;
    if (recvmsg(sv[1], &msg, MSG_DONTWAIT) < 0)
        observe("recv=%s", errno_name(errno));
    c = CMSG_FIRSTHDR(&msg);
    if (c == NULL || c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_CREDS)
        observe("creds=no");
#if defined(__FreeBSD__)
    struct cmsgcred cc;
    memcpy(&cc, CMSG_DATA(c), sizeof cc);
    observe("pid=%s,uid=%s,euid=%s", cc.cmcred_pid == getpid() ? "self" : "other",
            cc.cmcred_uid == getuid() ? "self" : "other",
            cc.cmcred_euid == geteuid() ? "self" : "other");
#else
    observe("creds=yes");
#endif
#else
    not_applicable("SCM_CREDS is not defined here");
#endif
}
