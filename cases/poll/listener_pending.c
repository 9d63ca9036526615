/*
 * poll() on a listening socket with one connection waiting to be accepted:
 * which events?
 *
 * A pending connection is expected to make the listener readable (POLLIN).
 * The probe first waits (bounded) for POLLIN, then reports the full set.
 * Events asked for: POLLIN|POLLOUT, plus POLLRDHUP where it exists.
 *
 * Covers: SHUT-06, STR-14
 * Types: stream, seqpacket
 * linux: socket(7) I/O events ("new connection request" is POLLIN)
 */
#include "probe.h"

#include <poll.h>

void probe_main(void)
{
    int l = uds_listener(PROBE_TYPE, "l", 4);
    int c = uds_connect_to(PROBE_TYPE, "l");
    (void)c;
    if (wait_events(l, POLLIN, WAIT_MS) < 0)
        setup_failed("poll");
    int rev = poll_now(l, UDS_POLL_EVENTS);
    if (rev < 0)
        setup_failed("poll");
    observe("%s", poll_flags_name(rev));
}
