/*
 * Two SCM_RIGHTS control messages in one sendmsg.
 *
 * unix(7) says only one item of each type may be included; Linux's
 * scm_fp_copy appends the second list to the first, FreeBSD's source
 * accepts several control messages, and macOS's unp_internalize wants
 * exactly one (EINVAL). Each cmsg carries one descriptor. The value is
 * sendmsg's errno, or "send=ok" with the descriptors received and the
 * number of control messages they came in.
 *
 * Covers: RIGHTS-15
 * linux: unix(7) Ancillary messages ("only one item of each of the above types may be included")
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_internalize
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_internalize
 */
#include "cmsg.h"

void probe_main(void)
{
    int p[2];
    make_pipe(p);
    int sv[2];
    uds_pair(SOCK_STREAM, sv);

    struct cmsg_out out;
    cmsg_start(&out);
    cmsg_add_fds(&out, &p[0], 1);
    cmsg_add_fds(&out, &p[1], 1);
    if (cmsg_send(sv[0], &out, "x", 1, 0) < 0)
        observe("send=%s", errno_name(errno));

    char buf[4];
    struct fd_recv got;
    recv_fds(sv[1], buf, sizeof buf, CMSG_SPACE(8 * sizeof(int)), 0, &got);
    if (got.bytes < 0)
        observe("send=ok,recv=%s", errno_name(got.err));
    observe("send=ok,nfds=%d,ncmsg=%d", got.nfds, got.ncmsg);
}
