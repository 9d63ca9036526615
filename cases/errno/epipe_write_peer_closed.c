/*
 * send() after the peer closed: the error, and how many SIGPIPEs arrived.
 *
 * Reports the send result and the SIGPIPE count, e.g. EPIPE,sigpipe=1.
 *
 * Covers: ERR-14, STR-15
 * linux: unix(7) ERRORS EPIPE ("If enabled, a SIGPIPE is sent as well"); socket(7) Signals
 * freebsd: source-derived, sys/kern/uipc_socket.c sosend_generic
 * darwin: source-derived, bsd/kern/uipc_socket.c sosend
 * posix: send() ERRORS EPIPE (and SIGPIPE)
 * Types: stream, seqpacket
 */
#include "probe.h"

#include <signal.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    close(sv[1]);
    count_signal(SIGPIPE);

    ssize_t n = send(sv[0], "x", 1, 0);
    const char *r = io_result(n);
    observe("%s,sigpipe=%d", r, signal_count(SIGPIPE));
}
