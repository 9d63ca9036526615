/*
 * A self-referencing cycle whose descriptors travel in an out-of-band
 * message: is it reclaimed?
 *
 * Where stream sockets accept MSG_OOB (Linux since 5.15), the one-byte
 * message that carries the socket and a pipe's write end becomes the
 * out-of-band byte, which the kernel keeps apart from the normal queue;
 * the collector must still find it. Elsewhere the send fails and the
 * value is that errno. Otherwise: whether the pipe's read end sees
 * end-of-file within WAIT_MS after every descriptor is closed.
 *
 * Collectors may run only when some AF_UNIX socket is released (Linux
 * schedules its collector from the release of a socket, asynchronously),
 * so while waiting the probe keeps closing a throwaway socketpair
 * (rights_wait_nudged); the wait is bounded by WAIT_MS.
 *
 * Covers: RIGHTS-07
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
    int fds[2] = { sv[1], p[1] };
    union {
        struct cmsghdr align;
        char buf[CMSG_SPACE(2 * sizeof(int))];
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
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof fds);
    memcpy(CMSG_DATA(c), fds, sizeof fds);
    if (sendmsg(sv[0], &msg, MSG_OOB) < 0)
        observe("send=%s", errno_name(errno));
    close(p[1]);
    close(sv[0]);
    close(sv[1]);
    observe("send=ok,reclaimed=%s", yesno(rights_reclaimed_within(p[0], WAIT_MS)));
}
