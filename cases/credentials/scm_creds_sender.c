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
#include "cmsg.h"

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
    struct cmsg_out out;
    cmsg_start(&out);
    cmsg_add(&out, SOL_SOCKET, SCM_CREDS, NULL, CREDS_SIZE);
    if (cmsg_send(sv[0], &out, "x", 1, 0) < 0)
        observe("send=%s", errno_name(errno));

    char b;
    struct cmsg_in in;
    cmsg_recv(sv[1], &b, 1, CMSG_SPACE(CREDS_SIZE), MSG_DONTWAIT, &in);
    if (in.bytes < 0)
        observe("recv=%s", errno_name(in.err));
    struct cmsghdr *c = cmsg_next(&in, NULL);
    if (c == NULL || c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_CREDS)
        observe("creds=no");
#if defined(__FreeBSD__)
    struct cmsgcred cc;
    cmsg_read(c, &cc, sizeof cc);
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
