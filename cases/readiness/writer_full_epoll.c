/*
 * A socketpair end that has sent until a send would block: is it still writable,
 * as epoll reports it.
 *
 * 512-byte sends, non-blocking, until EAGAIN; the other end never reads.
 * Asked with epoll (level-triggered, EPOLLIN|EPOLLOUT|EPOLLRDHUP asked for).
 * The token is the epoll events ("EPOLLIN|EPOLLHUP", "0"); n/a off Linux.
 *
 * Covers: SHUT-06, STR-23
 * Types: stream, seqpacket
 * linux: epoll(7); epoll_ctl(2) EVENTS; source-derived, net/unix/af_unix.c unix_poll / unix_dgram_poll
 */
#include "ready.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    if (fill_socket(sv[0], 512) == 0)
        setup_error("fill_socket", "nothing could be sent");
    observe("%s", ready_epoll(sv[0]));
}
