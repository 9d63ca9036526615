/*
 * A recv() blocked in one process, and the peer end shut down for writing
 * (shutdown(SHUT_WR)) by another: does the waiter wake, with what result?
 *
 * Token "recv=R": 0 is end-of-file; "blocked" when it did not wake.
 *
 * Covers: SHUT-01, STR-16
 * Types: stream, seqpacket
 * linux: recv(2) RETURN VALUE (0 "when the peer has performed an orderly shutdown")
 * posix: recv() RETURN VALUE (0 once the peer has performed an orderly shutdown)
 */
#include "wake.h"

void probe_main(void)
{
    uds_pair(PROBE_TYPE, wake_sv);
    observe("%s", wake_token(wake_recv, NULL, wake_shut_wr, &wake_sv[1], NULL));
}
