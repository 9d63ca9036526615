/*
 * send.c - the sending calls: send, sendto, sendmsg, and write on an
 * AF_UNIX socket. Besides what other files decide (flags, names, lengths,
 * drops, reordering, a full queue), send_cmsg_stripped and sigpipe_extra
 * act here.
 */
#include "perturb.h"

#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

static void after_send(ssize_t rc)
{
    if (rc < 0 && errno == EPIPE && mode == M_SIGPIPE_EXTRA) {
        int saved = errno;
        raise(SIGPIPE);
        errno = saved;
    }
    if (mode == M_REORDER)
        send_held();
}

ssize_t send(int fd, const void *buf, size_t len, int flags)
{
    NEED(send, -1);
    if (mode == M_OFF)
        return real_send(fd, buf, len, flags);
    if (queue_full(fd, flags))
        return -1;
    if (refused_flags(flags))
        return finish_count(-1, (ssize_t)len);
    if (dropped(fd) || held_back(fd, buf, len, flags, NULL, 0))
        return (ssize_t)len;
    ssize_t rc = real_send(fd, buf, mode == M_SEND_SHORT ? shorter(len) : len, send_flags(flags));
    after_send(rc);
    return finish_count(rc, (ssize_t)len);
}

ssize_t sendto(int fd, const void *buf, size_t len, int flags, const struct sockaddr *to,
               socklen_t tolen)
{
    NEED(sendto, -1);
    if (mode == M_OFF)
        return real_sendto(fd, buf, len, flags, to, tolen);
    if (queue_full(fd, flags))
        return -1;
    int err = refused_address(fd, to, tolen, 0);
    if (err != 0 || refused_flags(flags)) {
        if (err != 0)
            errno = err;
        return finish_count(-1, (ssize_t)len);
    }
    if (dropped(fd) || held_back(fd, buf, len, flags, to, tolen))
        return (ssize_t)len;
    struct sockaddr_un copy;
    to = rewrite_name(to, &tolen, &copy, 0);
    ssize_t rc = real_sendto(fd, buf, mode == M_SEND_SHORT ? shorter(len) : len,
                             send_flags(flags), to, tolen);
    after_send(rc);
    return finish_count(rc, (ssize_t)len);
}

ssize_t sendmsg(int fd, const struct msghdr *msg, int flags)
{
    NEED(sendmsg, -1);
    if (mode == M_OFF || msg == NULL)
        return real_sendmsg(fd, msg, flags);
    size_t total = iov_total(msg);
    if (queue_full(fd, flags))
        return -1;
    int err = refused_address(fd, msg->msg_name, msg->msg_namelen, 0);
    if (err != 0 || refused_flags(flags)) {
        if (err != 0)
            errno = err;
        return finish_count(-1, (ssize_t)total);
    }
    if (dropped(fd))
        return (ssize_t)total;
    /* Only a message of one piece without control data is held back. */
    if (msg->msg_controllen == 0 && msg->msg_iovlen <= 1 &&
        held_back(fd, msg->msg_iovlen == 1 ? msg->msg_iov[0].iov_base : "", total, flags,
                  msg->msg_name, msg->msg_namelen))
        return (ssize_t)total;
    struct msghdr m = *msg;
    struct iovec *iov = NULL;
    struct sockaddr_un copy;
    if (mode == M_SEND_SHORT && (iov = limited_iov(msg, shorter(total))) != NULL)
        m.msg_iov = iov;
    if (mode == M_SEND_CMSG_STRIPPED) {
        m.msg_control = NULL;
        m.msg_controllen = 0;
    }
    m.msg_name = (void *)rewrite_name(msg->msg_name, &m.msg_namelen, &copy, 0);
    if (mode == M_RIGHTS_LEAKED)
        leak_rights(msg);
    ssize_t rc = real_sendmsg(fd, &m, send_flags(flags));
    int saved = errno;
    free(iov);
    errno = saved;
    after_send(rc);
    return finish_count(rc, (ssize_t)total);
}

ssize_t write(int fd, const void *buf, size_t len)
{
    NEED(write, -1);
    if (mode == M_OFF || !is_unix(fd))
        return real_write(fd, buf, len);
    NEED(send, -1);
    if (queue_full(fd, 0))
        return -1;
    if (dropped(fd) || held_back(fd, buf, len, 0, NULL, 0))
        return (ssize_t)len;
    ssize_t rc;
    if (mode == M_NOSIGNAL_FORCED)
        rc = real_send(fd, buf, len, MSG_NOSIGNAL);
    else
        rc = real_write(fd, buf, mode == M_SEND_SHORT ? shorter(len) : len);
    after_send(rc);
    return finish_count(rc, (ssize_t)len);
}
