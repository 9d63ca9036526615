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
#include "cmsg.h"

#if defined(__FreeBSD__) && defined(SCM_CREDS)
#include <grp.h>

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
    struct cmsg_out out;
    cmsg_start(&out);
    cmsg_add(&out, SOL_SOCKET, SCM_CREDS, NULL, sizeof(struct cmsgcred));
    if (cmsg_send(fd, &out, "x", 1, 0) < 0)
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

    char b;
    struct cmsg_in in;
    cmsg_recv(sv[1], &b, 1, CMSG_SPACE(sizeof(struct cmsgcred)), MSG_DONTWAIT, &in);
    if (in.bytes < 0)
        observe("recv=%s", errno_name(in.err));
    struct cmsghdr *c = cmsg_next(&in, NULL);
    if (c == NULL || c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_CREDS)
        observe("creds=no");
    struct cmsgcred cc;
    cmsg_read(c, &cc, sizeof cc);
    observe("ngroups=%d", (int)cc.cmcred_ngroups);
#else
    not_applicable("FreeBSD SCM_CREDS only");
#endif
}
