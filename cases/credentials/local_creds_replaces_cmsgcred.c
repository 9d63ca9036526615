/*
 * With LOCAL_CREDS on at the receiver, a sender's own SCM_CREDS (struct
 * cmsgcred) is dropped and a struct sockcred is delivered instead: how
 * many SCM_CREDS messages arrive, and of which size?
 *
 * kind=sockcred when the one SCM_CREDS message has the struct sockcred
 * size for its group count, kind=cmsgcred when it has the cmsgcred size.
 *
 * Covers: CRED-15, CRED-13
 * freebsd: unix(4) LOCAL_CREDS (a sender's cmsgcred is replaced)
 */
#include "probe.h"

#include <string.h>
#include <sys/uio.h>

#if defined(__FreeBSD__) && !defined(SOL_LOCAL)
#define SOL_LOCAL 0
#endif

void probe_main(void)
{
#if defined(__FreeBSD__) && defined(LOCAL_CREDS) && defined(SCM_CREDS)
    int sv[2];
    uds_pair(SOCK_DGRAM, sv);
    CHECK(set_int_option(sv[1], SOL_LOCAL, LOCAL_CREDS, 1));
    union {
        struct cmsghdr align;
        char buf[CMSG_SPACE(sizeof(struct cmsgcred))];
    } out;
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
    c->cmsg_len = CMSG_LEN(sizeof(struct cmsgcred));
    if (sendmsg(sv[0], &msg, 0) < 0)
        observe("send=%s", errno_name(errno));

    union {
        struct cmsghdr align;
        char buf[2048];
    } in;
    char b;
    iov.iov_base = &b;
    memset(&msg, 0, sizeof msg);
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = in.buf;
    msg.msg_controllen = sizeof in.buf;
    if (recvmsg(sv[1], &msg, MSG_DONTWAIT) < 0)
        observe("recv=%s", errno_name(errno));
    int n = 0;
    const char *kind = "none";
    for (c = CMSG_FIRSTHDR(&msg); c != NULL; c = CMSG_NXTHDR(&msg, c)) {
        if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_CREDS)
            continue;
        n++;
        struct sockcred sc;
        memcpy(&sc, CMSG_DATA(c), sizeof sc);
        if (c->cmsg_len == CMSG_LEN(sizeof(struct cmsgcred)))
            kind = "cmsgcred";
        else if (c->cmsg_len == CMSG_LEN(SOCKCREDSIZE(sc.sc_ngroups)))
            kind = "sockcred";
        else
            kind = "other";
    }
    observe("n=%d,kind=%s", n, kind);
#else
    not_applicable("LOCAL_CREDS with SCM_CREDS/struct cmsgcred is a FreeBSD interface");
#endif
}
