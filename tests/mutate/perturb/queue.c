/*
 * queue.c - dgram_queue_small: a non-blocking datagram socket takes only a
 * few sends, then reports EAGAIN as if its queue were full.
 */
#include "perturb.h"

#include <fcntl.h>

/* Datagrams sent through each descriptor, counted for non-blocking sends;
 * reset when the descriptor is closed or made anew. */
#define SMALL_QUEUE 8
static unsigned char dgrams_sent[TRACKED_FDS];

void forget_fd(int fd)
{
    if (fd >= 0 && fd < TRACKED_FDS)
        dgrams_sent[fd] = 0;
}

int queue_full(int fd, int flags)
{
    if (mode != M_DGRAM_QUEUE_SMALL || fd < 0 || fd >= TRACKED_FDS || sock_type(fd) != SOCK_DGRAM)
        return 0;
    NEED(fcntl, 0);
    int fl = real_fcntl(fd, F_GETFL);
    if (!(flags & MSG_DONTWAIT) && (fl < 0 || !(fl & O_NONBLOCK)))
        return 0;
    if (dgrams_sent[fd] >= SMALL_QUEUE) {
        errno = EAGAIN;
        return 1;
    }
    dgrams_sent[fd]++;
    return 0;
}
