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
#include "rights.h"

#include <string.h>
#include <sys/uio.h>

void probe_main(void)
{
    int p[2];
    rights_pipe(p);
    int sv[2];
    uds_pair(SOCK_STREAM, sv);

    union {
        struct cmsghdr align;
        char buf[2 * CMSG_SPACE(sizeof(int))];
    } ctl;
    memset(&ctl, 0, sizeof ctl);
    char data = 'x';
    struct iovec iov = { .iov_base = &data, .iov_len = 1 };
    struct msghdr msg;
    memset(&msg, 0, sizeof msg);
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = ctl.buf;
    msg.msg_controllen = sizeof ctl.buf;
    struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
    for (int i = 0; i < 2; i++) {
        c->cmsg_level = SOL_SOCKET;
        c->cmsg_type = SCM_RIGHTS;
        c->cmsg_len = CMSG_LEN(sizeof(int));
        memcpy(CMSG_DATA(c), &p[i], sizeof(int));
        c = CMSG_NXTHDR(&msg, c);
        if (i == 0 && c == NULL)
            setup_error("CMSG_NXTHDR", "no room for the second cmsg");
    }
    if (sendmsg(sv[0], &msg, 0) < 0)
        observe("send=%s", errno_name(errno));

    char buf[4];
    struct fd_recv got;
    recv_fds(sv[1], buf, sizeof buf, CMSG_SPACE(8 * sizeof(int)), 0, &got);
    if (got.bytes < 0)
        observe("send=ok,recv=%s", errno_name(got.err));
    observe("send=ok,nfds=%d,ncmsg=%d", got.nfds, got.ncmsg);
}
