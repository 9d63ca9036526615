/*
 * send_order.c - messages that vanish or come late: dgram_drop (every
 * other datagram or record is not sent) and reorder (the first message is
 * held back and sent after the next one).
 */
#include "perturb.h"

#include <stdlib.h>
#include <string.h>

/* reorder: the one message held back, sent after the next one. */
static struct {
    int fd;
    void *data;
    size_t len;
    int flags;
    struct sockaddr_storage to;
    socklen_t tolen;
    int used; /* a message was held already (only the first one is) */
} held = { -1, NULL, 0, 0, { 0 }, 0, 0 };

/* dgram_drop: datagrams and records sent so far by this process. */
static unsigned long records_sent;

int dropped(int fd)
{
    if (mode != M_DGRAM_DROP)
        return 0;
    int type = sock_type(fd);
    return (type == SOCK_DGRAM || type == SOCK_SEQPACKET) && records_sent++ % 2 == 0;
}

int held_back(int fd, const void *buf, size_t len, int flags, const struct sockaddr *to,
              socklen_t tolen)
{
    if (mode != M_REORDER || held.used || !is_unix(fd) || (to != NULL && tolen > sizeof held.to))
        return 0;
    held.data = malloc(len > 0 ? len : 1);
    if (held.data == NULL)
        return 0;
    memcpy(held.data, buf, len);
    held.fd = fd;
    held.len = len;
    held.flags = flags;
    held.tolen = to != NULL ? tolen : 0;
    if (to != NULL)
        memcpy(&held.to, to, tolen);
    held.used = 1;
    return 1;
}

void send_held(void)
{
    if (held.data == NULL)
        return;
    int saved = errno;
    void *data = held.data;
    held.data = NULL;
    NEED(sendto, );
    real_sendto(held.fd, data, held.len, held.flags,
                held.tolen > 0 ? (const struct sockaddr *)&held.to : NULL, held.tolen);
    free(data);
    errno = saved;
}

void send_held_before_close(int fd)
{
    if (mode == M_REORDER && held.data != NULL && held.fd == fd)
        send_held();
}
