/*
 * A recv() blocked in one process, and the last descriptor of the peer end
 * closed by another: does the waiter wake, with what result?
 *
 * The probe closes its own copy of the peer end first, so the actor's
 * close() is the last one. Token "recv=R", or "blocked".
 *
 * Covers: STR-16, SHUT-01, DGR-18
 * Types: stream, dgram, seqpacket
 * linux: recv(2) RETURN VALUE (0 "when the peer has performed an orderly shutdown")
 */
#include "wake.h"

void probe_main(void)
{
    uds_pair(PROBE_TYPE, wake_sv);
    observe("%s", wake_token(wake_recv, NULL, wake_close, &wake_sv[1], &wake_sv[1]));
}
