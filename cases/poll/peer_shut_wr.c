/*
 * poll() on one end of a socketpair after the other end called
 * shutdown(SHUT_WR): which events?
 *
 * Only this end's read side is shut: POLLIN (EOF is readable) and
 * POLLRDHUP are expected, POLLHUP is not. Events asked for: POLLIN|POLLOUT,
 * plus POLLRDHUP where it exists.
 *
 * Covers: SHUT-06, SHUT-01
 * Types: stream, seqpacket
 * linux: socket(7) I/O events (POLLRDHUP: "peer closed connection, or shut down writing half")
 * freebsd: source-derived, sys/kern/uipc_socket.c sopoll_generic
 */
#include "probe.h"

#include <poll.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    CHECK(shutdown(sv[1], SHUT_WR));
    int rev = poll_now(sv[0], UDS_POLL_EVENTS);
    if (rev < 0)
        setup_failed("poll");
    observe("%s", poll_flags_name(rev));
}
