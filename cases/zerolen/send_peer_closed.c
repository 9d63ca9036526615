/*
 * send() of 0 bytes after the peer closed: does the empty send still find
 * the broken connection (EPIPE and SIGPIPE), or return 0 with nothing to do?
 *
 * Token "send=R,sigpipe=N": the result and how many SIGPIPEs arrived
 * (counted, never fatal).
 *
 * Covers: STR-15, ERR-14, DGR-18
 * Types: stream, dgram, seqpacket
 * linux: send(2) ERRORS EPIPE ("the local end has been shut down on a connection oriented socket")
 */
#include "probe.h"

#include <signal.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    CHECK(close(sv[1]));
    count_signal(SIGPIPE);
    ssize_t n = send(sv[0], "", 0, 0);
    observe("send=%s,sigpipe=%d", io_result(n), signal_count(SIGPIPE));
}
