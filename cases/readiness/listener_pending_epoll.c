/*
 * A listening socket with one connection waiting to be accepted,
 * as epoll reports it.
 *
 * A pending connection is expected to make the listener readable;
 * ready_pending_listener() waits (poll, bounded) for it to be there.
 * Asked with epoll (level-triggered, EPOLLIN|EPOLLOUT|EPOLLRDHUP asked for).
 * The token is the epoll events ("EPOLLIN|EPOLLHUP", "0"); n/a off Linux.
 *
 * Covers: SHUT-06, STR-14
 * Types: stream, seqpacket
 * linux: epoll(7); epoll_ctl(2) EVENTS; source-derived, net/unix/af_unix.c unix_poll / unix_dgram_poll
 */
#include "ready.h"

void probe_main(void)
{
    observe("%s", ready_epoll(ready_pending_listener(PROBE_TYPE)));
}
