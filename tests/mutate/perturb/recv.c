/*
 * recv.c - the receiving calls: recv, recvfrom, recvmsg, and read on an
 * AF_UNIX socket. Besides what other files decide (flags, addresses,
 * control data, lengths), recv_byte_flipped acts here.
 */
#include "perturb.h"

#include <stdlib.h>
#include <unistd.h>

static void flip_first_byte(void *buf, ssize_t rc)
{
    if (mode == M_RECV_BYTE_FLIPPED && rc > 0 && buf != NULL)
        *(unsigned char *)buf ^= 1;
}

ssize_t recv(int fd, void *buf, size_t len, int flags)
{
    NEED(recv, -1);
    if (mode == M_OFF)
        return real_recv(fd, buf, len, flags);
    if (refused_flags(flags))
        return finish_count(-1, 0);
    ssize_t rc = real_recv(fd, buf, mode == M_RECV_SHORT ? short_len(fd, len) : len,
                           recv_flags(flags));
    flip_first_byte(buf, rc);
    return finish_count(rc, 0);
}

ssize_t recvfrom(int fd, void *buf, size_t len, int flags, struct sockaddr *from,
                 socklen_t *fromlen)
{
    NEED(recvfrom, -1);
    if (mode == M_OFF)
        return real_recvfrom(fd, buf, len, flags, from, fromlen);
    socklen_t cap = fromlen != NULL ? *fromlen : 0;
    if (refused_flags(flags))
        return finish_count(-1, 0);
    ssize_t rc = real_recvfrom(fd, buf, mode == M_RECV_SHORT ? short_len(fd, len) : len,
                               recv_flags(flags), from, fromlen);
    if (rc >= 0)
        alter_address(from, fromlen, cap);
    flip_first_byte(buf, rc);
    return finish_count(rc, 0);
}

ssize_t recvmsg(int fd, struct msghdr *msg, int flags)
{
    NEED(recvmsg, -1);
    if (mode == M_OFF || msg == NULL)
        return real_recvmsg(fd, msg, flags);
    if (refused_flags(flags))
        return finish_count(-1, 0);
    struct iovec *iov = NULL, *given = msg->msg_iov;
    if (mode == M_RECV_SHORT && (iov = limited_iov(msg, short_len(fd, iov_total(msg)))) != NULL)
        msg->msg_iov = iov;
    socklen_t cap = msg->msg_namelen;
    ssize_t rc = real_recvmsg(fd, msg, recv_flags(flags));
    int saved = errno;
    msg->msg_iov = given;
    free(iov);
    errno = saved;
    if (rc >= 0) {
        alter_received(msg, recv_flags(flags));
        alter_address(msg->msg_name, &msg->msg_namelen, cap);
        for (size_t i = 0; i < (size_t)msg->msg_iovlen; i++)
            if (msg->msg_iov[i].iov_len > 0) {
                flip_first_byte(msg->msg_iov[i].iov_base, rc);
                break;
            }
    }
    return finish_count(rc, 0);
}

ssize_t read(int fd, void *buf, size_t len)
{
    NEED(read, -1);
    if (mode == M_OFF || !is_unix(fd))
        return real_read(fd, buf, len);
    NEED(recv, -1);
    ssize_t rc;
    if (mode == M_DONTWAIT_FORCED)
        rc = real_recv(fd, buf, len, MSG_DONTWAIT);
    else
        rc = real_read(fd, buf, mode == M_RECV_SHORT ? short_len(fd, len) : len);
    flip_first_byte(buf, rc);
    return finish_count(rc, 0);
}
