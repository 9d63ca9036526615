/*
 * SIGUSR1, with a handler installed with SA_RESTART, reaches a blocking recv() on an empty socketpair end:
 * is the call restarted, and does it then complete?
 *
 * The child blocks; the parent signals it until the handler is known to have
 * run inside the blocked call (intr.h), then the peer sends one byte. "restarted" is
 * the expected token; "EINTR" means SA_RESTART did not restart it.
 * Other tokens: an errno the call ended with before any signal (a connect
 * that fails at once), "blocked".
 *
 * Covers: STR-16, DGR-01, SEQ-02
 * Types: stream, dgram, seqpacket
 * linux: signal(7) "Interruption of system calls and library functions by signal handlers" (accept, connect, recv, send restarted with SA_RESTART unless a socket timeout is set)
 * freebsd: sigaction(2) SA_RESTART; source-derived, sys/kern/uipc_socket.c sbwait / soreceive (ERESTART)
 * posix: sigaction() SA_RESTART ("interruptible functions ... shall restart silently")
 */
#include "intr.h"

void probe_main(void)
{
    observe("%s", intr_recv(PROBE_TYPE, 1));
}
