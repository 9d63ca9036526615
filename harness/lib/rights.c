/* rights.c - helpers for the scm_rights and gc probes (see rights.h). */
#include "rights.h"

#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <time.h>

const char *rights_pass_token(int type, int fd)
{
    static char token[64];
    int sv[2];
    uds_pair(type, sv);
    if (send_fds(sv[0], &fd, 1, "x", 1) < 0) {
        snprintf(token, sizeof token, "%s", errno_name(errno));
        close(sv[0]);
        close(sv[1]);
        return token;
    }
    char buf[4];
    struct fd_recv r;
    recv_fds(sv[1], buf, sizeof buf, CMSG_SPACE(4 * sizeof(int)), 0, &r);
    if (r.bytes < 0) {
        snprintf(token, sizeof token, "recv=%s", errno_name(r.err));
    } else {
        int same = 0;
        struct stat a, b;
        if (r.nfds > 0 && fstat(fd, &a) == 0 && fstat(r.fds[0], &b) == 0)
            same = a.st_dev == b.st_dev && a.st_ino == b.st_ino &&
                   (a.st_mode & S_IFMT) == (b.st_mode & S_IFMT);
        snprintf(token, sizeof token, "nfds=%d,same=%s", r.nfds, yesno(same));
        close_fds(r.fds, r.nfds);
    }
    close(sv[0]);
    close(sv[1]);
    return token;
}

int rights_eof_within(int rfd, int ms)
{
    if (set_nonblocking(rfd, 1) < 0)
        setup_failed("fcntl O_NONBLOCK on pipe");
    int ev = wait_events(rfd, POLLIN, ms);
    if (ev <= 0)
        return 0;
    char c;
    return read(rfd, &c, 1) == 0;
}

static long long rights_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int rights_wait_nudged(int fd, short events, int ms)
{
    long long deadline = rights_now_ms() + ms;
    for (;;) {
        int sv[2];
        if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0) {
            close(sv[0]);
            close(sv[1]);
        }
        long long left = deadline - rights_now_ms();
        int step = left > 10 ? 10 : (left > 0 ? (int)left : 0);
        int ev = wait_events(fd, events, step);
        if (ev != 0 || left <= 10)
            return ev;
    }
}

int rights_reclaimed_within(int rfd, int ms)
{
    if (set_nonblocking(rfd, 1) < 0)
        setup_failed("fcntl O_NONBLOCK on pipe");
    if (rights_wait_nudged(rfd, POLLIN, ms) <= 0)
        return 0;
    char c;
    return read(rfd, &c, 1) == 0;
}

void rights_pipe(int p[2])
{
    if (pipe(p) < 0)
        setup_failed("pipe");
}

int rights_message_fits(int sv[2], int fd, int n, int *send_err)
{
    static int fds[RIGHTS_MAX_PROBE];
    if (n < 1 || n > RIGHTS_MAX_PROBE)
        setup_error("rights_message_fits", "n=%d out of range", n);
    for (int i = 0; i < n; i++)
        fds[i] = fd;
    *send_err = 0;
    if (send_fds(sv[0], fds, n, "x", 1) < 0) {
        *send_err = errno;
        return 0;
    }
    /* Our own receive, since struct fd_recv holds at most 512 descriptors. */
    size_t space = CMSG_SPACE((size_t)(RIGHTS_MAX_PROBE + 8) * sizeof(int));
    static union { struct cmsghdr align; char buf[CMSG_SPACE((RIGHTS_MAX_PROBE + 8) * sizeof(int))]; } ctl;
    char c;
    struct iovec iov = { .iov_base = &c, .iov_len = 1 };
    struct msghdr msg;
    memset(&msg, 0, sizeof msg);
    memset(&ctl, 0, sizeof ctl);
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = ctl.buf;
    msg.msg_controllen = space;
    if (recvmsg(sv[1], &msg, MSG_DONTWAIT) < 0)
        return 0;
    int got = 0;
    for (struct cmsghdr *h = CMSG_FIRSTHDR(&msg); h != NULL; h = CMSG_NXTHDR(&msg, h)) {
        if (h->cmsg_level != SOL_SOCKET || h->cmsg_type != SCM_RIGHTS)
            continue;
        size_t k = ((size_t)h->cmsg_len - CMSG_LEN(0)) / sizeof(int);
        for (size_t i = 0; i < k; i++) {
            int r;
            memcpy(&r, CMSG_DATA(h) + i * sizeof(int), sizeof r);
            close(r);
            got++;
        }
    }
    return got == n && !(msg.msg_flags & MSG_CTRUNC);
}

long rights_raise_nofile(long want)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) < 0)
        setup_failed("getrlimit RLIMIT_NOFILE");
    if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < (rlim_t)want) {
        rlim_t cur = (rlim_t)want;
        if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < cur)
            cur = rl.rlim_max;
        rl.rlim_cur = cur;
        setrlimit(RLIMIT_NOFILE, &rl); /* best effort; re-read below */
        if (getrlimit(RLIMIT_NOFILE, &rl) < 0)
            setup_failed("getrlimit RLIMIT_NOFILE");
    }
    return rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur > (rlim_t)1 << 30 ? 1L << 30 : (long)rl.rlim_cur;
}

const char *rights_received_fd_flags(int send_fd_flags, int recv_flags, int *fd_flags)
{
    static char token[32];
    int p[2], sv[2];
    rights_pipe(p);
    CHECK(fcntl(p[1], F_SETFD, send_fd_flags));
    uds_pair(SOCK_STREAM, sv);
    if (send_fds(sv[0], &p[1], 1, "x", 1) < 0)
        setup_failed("sendmsg SCM_RIGHTS");
    char buf[4];
    struct fd_recv got;
    recv_fds(sv[1], buf, sizeof buf, CMSG_SPACE(sizeof(int)), recv_flags, &got);
    if (got.bytes < 0) {
        snprintf(token, sizeof token, "recv=%s", errno_name(got.err));
        return token;
    }
    if (got.nfds != 1) {
        snprintf(token, sizeof token, "nfds=%d", got.nfds);
        return token;
    }
    *fd_flags = fcntl(got.fds[0], F_GETFD);
    CHECK(*fd_flags);
    close_fds(got.fds, got.nfds);
    close_fds(sv, 2);
    close_fds(p, 2);
    return NULL;
}
