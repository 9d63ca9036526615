/*
 * LOCAL_CREDS_PERSISTENT on the receiving end of a stream pair, then two writes and two reads: an SCM_CREDS2 message on every read?
 *
 * Each read takes one byte, after the writer has queued both; the token
 * says for each read whether a SCM_CREDS2 control message came with it.
 *
 * Covers: CRED-11, CRED-14
 * freebsd: unix(4) LOCAL_CREDS_PERSISTENT (credentials with every read)
 */
#include "probe.h"

#include <string.h>
#include <sys/uio.h>

#if defined(__FreeBSD__) || defined(__NetBSD__)
#ifndef SOL_LOCAL
#define SOL_LOCAL 0
#endif
#endif

#if defined(LOCAL_CREDS_PERSISTENT) && defined(SCM_CREDS2) && defined(SOL_LOCAL)
/* One byte with recvmsg: 1 when a SCM_CREDS2 message came with it, 0 when
 * not, -1 on error. */
static int read_has_creds(int fd)
{
    union {
        struct cmsghdr align;
        char buf[1024];
    } ctl;
    char b;
    struct iovec iov = { .iov_base = &b, .iov_len = 1 };
    struct msghdr msg;
    memset(&msg, 0, sizeof msg);
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = ctl.buf;
    msg.msg_controllen = sizeof ctl.buf;
    if (recvmsg(fd, &msg, MSG_DONTWAIT) != 1)
        return -1;
    for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c != NULL; c = CMSG_NXTHDR(&msg, c))
        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_CREDS2)
            return 1;
    return 0;
}
#endif

void probe_main(void)
{
#if defined(LOCAL_CREDS_PERSISTENT) && defined(SCM_CREDS2) && defined(SOL_LOCAL)
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    if (set_int_option(sv[1], SOL_LOCAL, LOCAL_CREDS_PERSISTENT, 1) < 0)
        observe("set=%s", errno_name(errno));
    CHECK(send(sv[0], "a", 1, 0));
    CHECK(send(sv[0], "b", 1, 0));
    int first = read_has_creds(sv[1]);
    int second = read_has_creds(sv[1]);
    if (first < 0 || second < 0)
        setup_failed("recvmsg");
    observe("first=%s,second=%s", yesno(first), yesno(second));
#else
    not_applicable("LOCAL_CREDS_PERSISTENT / SCM_CREDS2 not defined here");
#endif
}
