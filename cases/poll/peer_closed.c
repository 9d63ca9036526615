/*
 * poll() on one end of a socketpair after the other end was closed: which
 * events?
 *
 * For connection-oriented types the peer's close shuts both directions, so
 * POLLHUP, POLLIN (EOF is readable) and POLLRDHUP are expected; a datagram
 * pair has no connection state to lose. Events asked for: POLLIN|POLLOUT,
 * plus POLLRDHUP where it exists.
 *
 * Covers: SHUT-06, STR-16
 * Types: stream, dgram, seqpacket
 * linux: socket(7) I/O events; source-derived, net/unix/af_unix.c unix_poll
 * freebsd: source-derived, sys/kern/uipc_socket.c sopoll_generic
 */
#include "probe.h"

#include <poll.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    close(sv[1]);
    int rev = poll_now(sv[0], UDS_POLL_EVENTS);
    if (rev < 0)
        setup_failed("poll");
    observe("%s", poll_flags_name(rev));
}
