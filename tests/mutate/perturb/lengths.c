/*
 * lengths.c - how many bytes a call moves: one byte less for recv_short
 * and send_short, and the iovec arrays that carry that length.
 */
#include "perturb.h"

#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>

size_t shorter(size_t len)
{
    return len > 1 ? len - 1 : len;
}

size_t short_len(int fd, size_t len)
{
    int saved = errno, queued = 0;
    NEED(ioctl, shorter(len));
    int rc = real_ioctl(fd, FIONREAD, &queued);
    errno = saved;
    if (rc == 0 && queued > 1 && (size_t)queued <= len)
        return (size_t)queued - 1;
    return shorter(len);
}

size_t iov_total(const struct msghdr *m)
{
    size_t total = 0;
    for (size_t i = 0; i < (size_t)m->msg_iovlen; i++)
        total += m->msg_iov[i].iov_len;
    return total;
}

struct iovec *limited_iov(const struct msghdr *m, size_t keep)
{
    size_t total = iov_total(m);
    if (m->msg_iovlen == 0 || keep >= total)
        return NULL;
    struct iovec *iov = calloc((size_t)m->msg_iovlen, sizeof *iov);
    if (iov == NULL)
        return NULL;
    memcpy(iov, m->msg_iov, (size_t)m->msg_iovlen * sizeof *iov);
    size_t cut = total - keep;
    for (size_t i = (size_t)m->msg_iovlen; i-- > 0 && cut > 0;) {
        size_t c = iov[i].iov_len < cut ? iov[i].iov_len : cut;
        iov[i].iov_len -= c;
        cut -= c;
    }
    return iov;
}
