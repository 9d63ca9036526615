/*
 * SIGUSR1, with a handler installed with SA_RESTART, reaches a blocking 1-byte send() on a socketpair end whose buffer is full:
 * is the call restarted, and does it then complete?
 *
 * The child blocks; the parent signals it until the handler is known to have
 * run inside the blocked call (intr.h), then the parent drains the other end. "restarted" is
 * the expected token; "EINTR" means SA_RESTART did not restart it.
 * Other tokens: an errno the call ended with before any signal (a connect
 * that fails at once), "blocked".
 *
 * Covers: STR-23, ERR-20
 * Types: stream, seqpacket
 * linux: signal(7) "Interruption of system calls and library functions by signal handlers" (accept, connect, recv, send restarted with SA_RESTART unless a socket timeout is set)
 * freebsd: sigaction(2) SA_RESTART; source-derived, sys/kern/uipc_socket.c sbwait / soreceive (ERESTART)
 * posix: sigaction() SA_RESTART ("interruptible functions ... shall restart silently")
 */
#include "intr.h"

void probe_main(void)
{
    observe("%s", intr_send(PROBE_TYPE, 1));
}
