/* fdpass.c - SCM_RIGHTS send and receive, and counting open descriptors. */
#include "probe.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/uio.h>

ssize_t send_fds(int sock, const int *fds, int n, const void *data, size_t len)
{
    struct iovec iov = { .iov_base = (void *)data, .iov_len = len };
    struct msghdr msg;
    memset(&msg, 0, sizeof msg);
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    size_t space = CMSG_SPACE((size_t)n * sizeof(int));
    void *ctl = calloc(1, space); /* malloc's alignment suits struct cmsghdr */
    if (ctl == NULL)
        setup_failed("calloc");
    msg.msg_control = ctl;
    msg.msg_controllen = space;
    struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN((size_t)n * sizeof(int));
    memcpy(CMSG_DATA(c), fds, (size_t)n * sizeof(int));
    ssize_t rc = sendmsg(sock, &msg, 0);
    int saved = errno;
    free(ctl);
    errno = saved;
    return rc;
}

void recv_fds(int sock, void *buf, size_t len, size_t ctl_space, int recv_flags,
              struct fd_recv *out)
{
    struct iovec iov = { .iov_base = buf, .iov_len = len };
    struct msghdr msg;
    memset(&msg, 0, sizeof msg);
    memset(out, 0, sizeof *out);
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    void *ctl = NULL;
    if (ctl_space > 0) {
        ctl = calloc(1, ctl_space);
        if (ctl == NULL)
            setup_failed("calloc");
    }
    msg.msg_control = ctl;
    msg.msg_controllen = ctl_space;
    out->bytes = recvmsg(sock, &msg, recv_flags);
    out->err = out->bytes < 0 ? errno : 0;
    if (out->bytes >= 0) {
        out->msg_flags = msg.msg_flags;
        for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c != NULL; c = CMSG_NXTHDR(&msg, c)) {
            out->ncmsg++;
            if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
                continue;
            size_t n = ((size_t)c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
            for (size_t i = 0; i < n; i++) {
                int fd;
                memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof(int));
                if (out->nfds < (int)(sizeof out->fds / sizeof out->fds[0]))
                    out->fds[out->nfds] = fd;
                else if (!(recv_flags & MSG_PEEK))
                    close(fd); /* counted, not kept: no leak past the array */
                out->nfds++;
            }
        }
    }
    free(ctl);
}

void close_fds(const int *fds, int n)
{
    for (int i = 0; i < n; i++)
        close(fds[i]);
}

int fd_is_open(int fd)
{
    return fcntl(fd, F_GETFD) >= 0 || errno != EBADF;
}

int count_open_fds(void)
{
#ifdef __linux__
    DIR *d = opendir("/proc/self/fd");
    if (d != NULL) {
        int n = 0;
        while (readdir(d) != NULL)
            n++;
        closedir(d);
        return n - 3; /* ".", ".." and the directory's own descriptor */
    }
#endif
    struct rlimit rl;
    int max = 65536;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
        rl.rlim_cur < (rlim_t)max)
        max = (int)rl.rlim_cur;
    int n = 0;
    for (int fd = 0; fd < max; fd++)
        if (fd_is_open(fd))
            n++;
    return n;
}
