/*
 * poll() on one end of a socketpair with one byte queued for it: which
 * events?
 *
 * POLLIN|POLLOUT is expected. Events asked for: POLLIN|POLLOUT, plus
 * POLLRDHUP where it exists.
 *
 * Covers: SHUT-06, STR-04
 * Types: stream, dgram, seqpacket
 * linux: socket(7) I/O events
 */
#include "probe.h"

#include <poll.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    if (send(sv[1], "x", 1, 0) != 1)
        setup_failed("send");
    int rev = poll_now(sv[0], UDS_POLL_EVENTS);
    if (rev < 0)
        setup_failed("poll");
    observe("%s", poll_flags_name(rev));
}
