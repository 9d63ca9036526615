/*
 * SIGUSR1, with a handler installed without SA_RESTART, reaches a blocking 1-byte send() on a socketpair end whose buffer is full:
 * does the call fail with EINTR?
 *
 * The child blocks; the parent signals it until the handler is known to have
 * run inside the blocked call (intr.h); if the call is still in progress after
 * that, the parent drains the other end. "EINTR" is the expected token.
 * Other tokens: an errno the call ended with before any signal (a connect
 * that fails at once), "blocked".
 *
 * Covers: STR-23, ERR-20
 * Types: stream, seqpacket
 * linux: signal(7) "Interruption of system calls and library functions by signal handlers" (EINTR without SA_RESTART)
 * posix: recv() / accept() / send() / connect() ERRORS EINTR ("interrupted by delivery of a signal")
 */
#include "intr.h"

void probe_main(void)
{
    observe("%s", intr_send(PROBE_TYPE, 0));
}
