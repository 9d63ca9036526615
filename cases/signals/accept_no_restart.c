/*
 * SIGUSR1, with a handler installed without SA_RESTART, reaches a blocking accept() on a listener with nothing pending:
 * does the call fail with EINTR?
 *
 * The child blocks; the parent signals it until the handler is known to have
 * run inside the blocked call (intr.h); if the call is still in progress after
 * that, the parent connects. "EINTR" is the expected token.
 * Other tokens: an errno the call ended with before any signal (a connect
 * that fails at once), "blocked".
 *
 * Covers: STR-14, LIM-10
 * Types: stream, seqpacket
 * linux: signal(7) "Interruption of system calls and library functions by signal handlers" (EINTR without SA_RESTART)
 * posix: recv() / accept() / send() / connect() ERRORS EINTR ("interrupted by delivery of a signal")
 */
#include "intr.h"

void probe_main(void)
{
    observe("%s", intr_accept(PROBE_TYPE, 0));
}
