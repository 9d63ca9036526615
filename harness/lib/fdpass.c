/* fdpass.c - SCM_RIGHTS send and receive, on the cmsg helpers (cmsg.h). */
#include "cmsg.h"

#include <string.h>

ssize_t send_fds(int sock, const int *fds, int n, const void *data, size_t len)
{
    struct cmsg_out m;
    cmsg_start(&m);
    cmsg_add_fds(&m, fds, n);
    return cmsg_send(sock, &m, data, len, 0);
}

void recv_fds(int sock, void *buf, size_t len, size_t ctl_space, int recv_flags,
              struct fd_recv *out)
{
    struct cmsg_in m;
    cmsg_recv(sock, buf, len, ctl_space, recv_flags, &m);
    memset(out, 0, sizeof *out);
    out->bytes = m.bytes;
    out->err = m.err;
    out->msg_flags = m.msg_flags;
    for (struct cmsghdr *c = cmsg_next(&m, NULL); c != NULL; c = cmsg_next(&m, c))
        out->ncmsg++;
    out->nfds = cmsg_take_fds(&m, out->fds, (int)(sizeof out->fds / sizeof out->fds[0]),
                              !(recv_flags & MSG_PEEK));
    errno = m.err;
}
