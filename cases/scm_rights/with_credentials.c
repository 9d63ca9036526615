/*
 * SCM_RIGHTS and SCM_CREDENTIALS in the same sendmsg (Linux).
 *
 * unix(7) allows one item of each type in a message. The receiver has
 * SO_PASSCRED on; the sender attaches its own credentials and one
 * descriptor. The value: sendmsg's result, descriptors received, and
 * whether an SCM_CREDENTIALS message with the sender's pid arrived. n/a
 * where SCM_CREDENTIALS does not exist.
 *
 * Covers: RIGHTS-15, RIGHTS-01
 * linux: unix(7) Ancillary messages ("only one item of each of the above types may be included")
 */
#include "probe.h"

#include <string.h>
#include <sys/uio.h>

void probe_main(void)
{
#if defined(SCM_CREDENTIALS) && defined(SO_PASSCRED)
    int p[2];
    CHECK(pipe(p));
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    CHECK(set_int_option(sv[1], SOL_SOCKET, SO_PASSCRED, 1));

    struct ucred me = { .pid = getpid(), .uid = geteuid(), .gid = getegid() };
    union {
        struct cmsghdr align;
        char buf[CMSG_SPACE(sizeof(struct ucred)) + CMSG_SPACE(sizeof(int))];
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
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_CREDENTIALS;
    c->cmsg_len = CMSG_LEN(sizeof me);
    memcpy(CMSG_DATA(c), &me, sizeof me);
    c = CMSG_NXTHDR(&msg, c);
    if (c == NULL)
        setup_error("CMSG_NXTHDR", "no room for SCM_RIGHTS");
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int));
    memcpy(CMSG_DATA(c), &p[1], sizeof(int));
    if (sendmsg(sv[0], &msg, 0) < 0)
        observe("send=%s", errno_name(errno));

    union {
        struct cmsghdr align;
        char buf[256];
    } rctl;
    memset(&rctl, 0, sizeof rctl);
    memset(&msg, 0, sizeof msg);
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = rctl.buf;
    msg.msg_controllen = sizeof rctl.buf;
    if (recvmsg(sv[1], &msg, 0) < 0)
        observe("send=ok,recv=%s", errno_name(errno));
    int nfds = 0, creds = 0;
    for (c = CMSG_FIRSTHDR(&msg); c != NULL; c = CMSG_NXTHDR(&msg, c)) {
        if (c->cmsg_level != SOL_SOCKET)
            continue;
        if (c->cmsg_type == SCM_RIGHTS) {
            size_t n = ((size_t)c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
            for (size_t i = 0; i < n; i++) {
                int fd;
                memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof fd);
                close(fd);
                nfds++;
            }
        } else if (c->cmsg_type == SCM_CREDENTIALS) {
            struct ucred u;
            memcpy(&u, CMSG_DATA(c), sizeof u);
            creds = u.pid == me.pid;
        }
    }
    observe("send=ok,nfds=%d,creds=%s", nfds, yesno(creds));
#else
    not_applicable("SCM_CREDENTIALS not defined");
#endif
}
