/* cmsg.c - control messages built, sent and read (cmsg.h). */
#include "cmsg.h"

#include <string.h>
#include <sys/uio.h>

void cmsg_start(struct cmsg_out *m)
{
    memset(m, 0, sizeof *m);
}

void cmsg_add(struct cmsg_out *m, int level, int type, const void *data, size_t n)
{
    if (m->len + CMSG_SPACE(n) > sizeof m->buf)
        setup_error("cmsg_add", "%zu more bytes do not fit the control buffer", n);
    struct cmsghdr *c = (struct cmsghdr *)(void *)(m->buf + m->len);
    c->cmsg_level = level;
    c->cmsg_type = type;
    c->cmsg_len = CMSG_LEN(n);
    if (data != NULL)
        memcpy(CMSG_DATA(c), data, n);
    m->len += CMSG_SPACE(n);
}

void cmsg_add_fds(struct cmsg_out *m, const int *fds, int n)
{
    cmsg_add(m, SOL_SOCKET, SCM_RIGHTS, fds, (size_t)n * sizeof(int));
}

ssize_t cmsg_send(int sock, const struct cmsg_out *m, const void *data, size_t len, int flags)
{
    struct iovec iov = { .iov_base = (void *)data, .iov_len = len };
    struct msghdr msg;
    memset(&msg, 0, sizeof msg);
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    if (m != NULL && m->len > 0) {
        msg.msg_control = (void *)m->buf;
        msg.msg_controllen = m->len;
    }
    return sendmsg(sock, &msg, flags);
}

void cmsg_recv(int sock, void *buf, size_t len, size_t ctl_space, int flags, struct cmsg_in *m)
{
    if (ctl_space > sizeof m->buf)
        setup_error("cmsg_recv", "control space of %zu bytes is too large", ctl_space);
    memset(m, 0, sizeof *m);
    struct iovec iov = { .iov_base = buf, .iov_len = len };
    m->msg.msg_iov = &iov;
    m->msg.msg_iovlen = 1;
    m->msg.msg_control = ctl_space > 0 ? m->buf : NULL;
    m->msg.msg_controllen = ctl_space;
    m->bytes = recvmsg(sock, &m->msg, flags);
    m->err = m->bytes < 0 ? errno : 0;
    m->msg.msg_iov = NULL; /* iov ends here */
    m->msg.msg_iovlen = 0;
    if (m->bytes < 0)
        m->msg.msg_controllen = 0;
    else
        m->msg_flags = m->msg.msg_flags;
    errno = m->err;
}

struct cmsghdr *cmsg_next(struct cmsg_in *m, struct cmsghdr *c)
{
    if (m->bytes < 0)
        return NULL;
    return c == NULL ? CMSG_FIRSTHDR(&m->msg) : CMSG_NXTHDR(&m->msg, c);
}

struct cmsghdr *cmsg_find(struct cmsg_in *m, int level, int type)
{
    for (struct cmsghdr *c = cmsg_next(m, NULL); c != NULL; c = cmsg_next(m, c))
        if (c->cmsg_level == level && c->cmsg_type == type)
            return c;
    return NULL;
}

size_t cmsg_read(const struct cmsghdr *c, void *out, size_t n)
{
    size_t have = (size_t)c->cmsg_len >= CMSG_LEN(0) ? (size_t)c->cmsg_len - CMSG_LEN(0) : 0;
    memset(out, 0, n);
    memcpy(out, CMSG_DATA(c), have < n ? have : n);
    return have;
}

int cmsg_ctrunc(const struct cmsg_in *m)
{
    return (m->msg_flags & MSG_CTRUNC) != 0;
}

int cmsg_take_fds(struct cmsg_in *m, int *fds, int max, int close_rest)
{
    int n = 0;
    for (struct cmsghdr *c = cmsg_next(m, NULL); c != NULL; c = cmsg_next(m, c)) {
        if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
            continue;
        size_t k = ((size_t)c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
        for (size_t i = 0; i < k; i++, n++) {
            int fd;
            memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof fd);
            if (n < max)
                fds[n] = fd;
            else if (close_rest)
                close(fd);
        }
    }
    return n;
}
