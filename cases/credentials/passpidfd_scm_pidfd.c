/*
 * SO_PASSPIDFD on the receiver; a child sends one message with no
 * control data: does an SCM_PIDFD message arrive, and does its pidfd
 * refer to the sender?
 *
 * Linux 6.5+; before that the setsockopt fails (reported as set=ERRNO).
 * SCM_PIDFD is 4 (include/linux/socket.h), not the SO_PASSPIDFD value.
 *
 * Covers: CRED-21
 * Types: stream, dgram
 * linux: source-derived, net/unix/af_unix.c unix_maybe_add_creds; include/net/scm.h scm_pidfd_recv
 */
#include "cred.h"

#include <poll.h>
#include <string.h>
#include <sys/uio.h>

#if defined(__linux__) && defined(SO_PASSPIDFD) && defined(SCM_PIDFD)
static int sv[2], hold[2];

static int sender(void *arg)
{
    (void)arg;
    close(hold[1]);
    if (send(sv[1], "x", 1, 0) != 1)
        return 1;
    char b;
    (void)read(hold[0], &b, 1); /* stay alive until the parent has read */
    return 0;
}
#endif

void probe_main(void)
{
#if defined(__linux__) && defined(SO_PASSPIDFD) && defined(SCM_PIDFD)
    uds_pair(PROBE_TYPE, sv);
    if (set_int_option(sv[0], SOL_SOCKET, SO_PASSPIDFD, 1) < 0)
        observe("set=%s", errno_name(errno));
    CHECK(pipe(hold));
    pid_t child = run_child(sender, NULL);
    close(hold[0]);
    if (wait_events(sv[0], POLLIN, WAIT_MS) <= 0)
        setup_error("sender", "the child did not send");
    union {
        struct cmsghdr align;
        char buf[256];
    } ctl;
    char b;
    struct iovec iov = { .iov_base = &b, .iov_len = 1 };
    struct msghdr msg;
    memset(&msg, 0, sizeof msg);
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = ctl.buf;
    msg.msg_controllen = sizeof ctl.buf;
    ssize_t rc = recvmsg(sv[0], &msg, MSG_DONTWAIT);
    int err = errno;
    int found = 0, fd = -1;
    pid_t p = -1;
    for (struct cmsghdr *c = rc >= 0 ? CMSG_FIRSTHDR(&msg) : NULL; c != NULL;
         c = CMSG_NXTHDR(&msg, c)) {
        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_PIDFD) {
            found = 1;
            memcpy(&fd, CMSG_DATA(c), sizeof fd);
            p = fd >= 0 ? cred_pidfd_pid(fd) : -1;
        }
    }
    close(hold[1]); /* the sender may go now */
    if (wait_child(child, WAIT_MS) != 0)
        setup_error("sender", "the child failed");
    if (rc < 0)
        observe("recv=%s", errno_name(err));
    if (!found)
        observe("pidfd=none");
    observe("pidfd=%s", fd < 0 ? "invalid" : p == child ? "child" : "other");
#else
    not_applicable("SO_PASSPIDFD/SCM_PIDFD not known for this OS or architecture");
#endif
}
