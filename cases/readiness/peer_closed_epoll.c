/*
 * One end of a socketpair after the other end was closed: readable, writable,
 * as epoll reports it.
 *
 * The other end is closed with nothing queued. A stream end at end-of-file is
 * expected to be readable (read returns 0).
 * Asked with epoll (level-triggered, EPOLLIN|EPOLLOUT|EPOLLRDHUP asked for).
 * The token is the epoll events ("EPOLLIN|EPOLLHUP", "0"); n/a off Linux.
 *
 * Covers: SHUT-06, STR-16
 * Types: stream, dgram, seqpacket
 * linux: epoll(7); epoll_ctl(2) EVENTS; source-derived, net/unix/af_unix.c unix_poll / unix_dgram_poll
 */
#include "ready.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    CHECK(close(sv[1]));
    observe("%s", ready_epoll(sv[0]));
}
