/*
 * One end of a socketpair after the other end called shutdown(SHUT_WR),
 * as epoll reports it.
 *
 * Only this end's read direction is shut; it can still send.
 * Asked with epoll (level-triggered, EPOLLIN|EPOLLOUT|EPOLLRDHUP asked for).
 * The token is the epoll events ("EPOLLIN|EPOLLHUP", "0"); n/a off Linux.
 *
 * Covers: SHUT-06, SHUT-01
 * Types: stream, seqpacket
 * linux: epoll(7); epoll_ctl(2) EVENTS; source-derived, net/unix/af_unix.c unix_poll / unix_dgram_poll
 */
#include "ready.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    CHECK(shutdown(sv[1], SHUT_WR));
    observe("%s", ready_epoll(sv[0]));
}
