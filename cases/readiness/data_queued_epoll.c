/*
 * A socketpair end with 5 bytes queued for it (one send of "hello"),
 * as epoll reports it.
 *
 * Readable and writable are expected; kqueue's read data is the queued count.
 * Asked with epoll (level-triggered, EPOLLIN|EPOLLOUT|EPOLLRDHUP asked for).
 * The token is the epoll events ("EPOLLIN|EPOLLHUP", "0"); n/a off Linux.
 *
 * Covers: SHUT-06, STR-04
 * Types: stream, dgram, seqpacket
 * linux: epoll(7); epoll_ctl(2) EVENTS; source-derived, net/unix/af_unix.c unix_poll / unix_dgram_poll
 */
#include "ready.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    if (send(sv[1], "hello", 5, 0) != 5)
        setup_failed("send");
    observe("%s", ready_epoll(sv[0]));
}
