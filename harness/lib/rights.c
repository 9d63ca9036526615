/* rights.c - helpers for the scm_rights probes (see rights.h). */
#include "rights.h"
#include "cmsg.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>

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
    char c;
    struct cmsg_in in;
    cmsg_recv(sv[1], &c, 1, CMSG_SPACE((size_t)(RIGHTS_MAX_PROBE + 8) * sizeof(int)),
              MSG_DONTWAIT, &in);
    if (in.bytes < 0)
        return 0;
    int got = cmsg_take_fds(&in, NULL, 0, 1);
    return got == n && !cmsg_ctrunc(&in);
}

const char *rights_received_fd_flags(int send_fd_flags, int recv_flags, int *fd_flags)
{
    static char token[32];
    int p[2], sv[2];
    make_pipe(p);
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
