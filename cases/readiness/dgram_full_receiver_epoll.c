/*
 * A datagram sender connected to a bound receiver that never reads, after\n * sends failed: is the sender still writable,
 * as epoll reports it.
 *
 * The receiver is bound to a path and does not connect back, so its queue
 * limit applies; 64-byte datagrams are sent without blocking until one fails.
 * Asked with epoll (level-triggered, EPOLLIN|EPOLLOUT|EPOLLRDHUP asked for).
 * The token is the epoll events ("EPOLLIN|EPOLLHUP", "0"); n/a off Linux.
 *
 * Covers: DGR-04, DGR-03, LIM-04
 * linux: epoll(7); epoll_ctl(2) EVENTS; source-derived, net/unix/af_unix.c unix_poll / unix_dgram_poll
 */
#include "ready.h"

void probe_main(void)
{
    observe("%s", ready_epoll(ready_full_dgram_sender()));
}
