/*
 * A poll() for POLLIN blocked in one process, and the peer end shut down for
 * writing by another: does poll wake, with which events?
 *
 * No timeout is given to poll (run_child_token bounds it). Token
 * "poll=EVENTS", or "blocked".
 *
 * Covers: SHUT-06, SHUT-01
 * Types: stream, seqpacket
 * linux: poll(2) DESCRIPTION (revents; POLLHUP/POLLIN); socket(7) I/O events
 */
#include "wake.h"

void probe_main(void)
{
    uds_pair(PROBE_TYPE, wake_sv);
    observe("%s", wake_token(wake_poll_in, NULL, wake_shut_wr, &wake_sv[1], NULL));
}
