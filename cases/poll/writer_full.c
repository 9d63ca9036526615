/*
 * poll() on a socketpair end whose writes would block (the peer never
 * reads): is POLLOUT cleared?
 *
 * The writer is filled with 512-byte sends without blocking until a send
 * fails. Events asked for: POLLIN|POLLOUT, plus POLLRDHUP where it exists.
 *
 * Covers: SHUT-06, STR-23
 * Types: stream, seqpacket
 * linux: socket(7) I/O events (POLLOUT: "space available")
 */
#include "probe.h"

#include <poll.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    if (fill_socket(sv[0], 512) == 0)
        setup_error("fill_socket", "nothing could be sent");
    int rev = poll_now(sv[0], UDS_POLL_EVENTS);
    if (rev < 0)
        setup_failed("poll");
    observe("%s", poll_flags_name(rev));
}
