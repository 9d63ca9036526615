/*
 * A poll() for POLLIN blocked in one process, and the last descriptor of the
 * peer end closed by another: does poll wake, with which events?
 *
 * The probe closes its own copy of the peer end first. Token "poll=EVENTS",
 * or "blocked" (a datagram end may never become readable).
 *
 * Covers: SHUT-06, STR-16
 * Types: stream, dgram, seqpacket
 * linux: poll(2) DESCRIPTION (POLLHUP "Hang up"); socket(7) I/O events
 */
#include "wake.h"

void probe_main(void)
{
    uds_pair(PROBE_TYPE, wake_sv);
    observe("%s", wake_token(wake_poll_in, NULL, wake_close, &wake_sv[1], &wake_sv[1]));
}
