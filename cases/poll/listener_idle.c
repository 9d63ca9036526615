/*
 * poll() on a listening socket with no pending connection: which events?
 *
 * Events asked for: POLLIN|POLLOUT, plus POLLRDHUP where it exists.
 *
 * Covers: SHUT-06, STR-14
 * Types: stream, seqpacket
 * linux: socket(7) I/O events; source-derived, net/unix/af_unix.c unix_poll
 */
#include "probe.h"

#include <poll.h>

void probe_main(void)
{
    int l = uds_listener(PROBE_TYPE, "l", 4);
    int rev = poll_now(l, UDS_POLL_EVENTS);
    if (rev < 0)
        setup_failed("poll");
    observe("%s", poll_flags_name(rev));
}
