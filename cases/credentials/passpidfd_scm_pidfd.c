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
#include "cmsg.h"
#include "cred.h"

#include <poll.h>

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
    char b;
    struct cmsg_in in;
    cmsg_recv(sv[0], &b, 1, 256, MSG_DONTWAIT, &in);
    int fd = -1;
    struct cmsghdr *c = cmsg_find(&in, SOL_SOCKET, SCM_PIDFD);
    if (c != NULL)
        cmsg_read(c, &fd, sizeof fd);
    pid_t p = fd >= 0 ? cred_pidfd_pid(fd) : -1;
    close(hold[1]); /* the sender may go now */
    if (wait_child(child, WAIT_MS) != 0)
        setup_error("sender", "the child failed");
    if (in.bytes < 0)
        observe("recv=%s", errno_name(in.err));
    if (c == NULL)
        observe("pidfd=none");
    observe("pidfd=%s", fd < 0 ? "invalid" : p == child ? "child" : "other");
#else
    not_applicable("SO_PASSPIDFD/SCM_PIDFD not known for this OS or architecture");
#endif
}
