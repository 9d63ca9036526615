/*
 * Sending after one's own shutdown(SHUT_WR) fails with EPIPE and raises SIGPIPE.
 *
 * socket(7) says a write on a connection-oriented socket that has been shut
 * down "by the local or the remote end" gets EPIPE and SIGPIPE. The token
 * gives the send result and how many SIGPIPEs arrived:
 * "send=EPIPE,sigpipe=1". For datagram pairs no document speaks.
 *
 * Covers: SHUT-02, ERR-14
 * Types: stream, dgram, seqpacket
 * linux: socket(7) Signals
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_send, sys/kern/uipc_syscalls.c sendit (SIGPIPE)
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_send, bsd/kern/uipc_syscalls.c sendit (SIGPIPE)
 * posix: send() ERRORS EPIPE
 */
#include "probe.h"

#include <signal.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    count_signal(SIGPIPE);

    CHECK(shutdown(sv[0], SHUT_WR));
    const char *sent = io_result(send(sv[0], "x", 1, 0));

    observe("send=%s,sigpipe=%d", sent, signal_count(SIGPIPE));
}
