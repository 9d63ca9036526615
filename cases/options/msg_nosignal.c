/*
 * send(..., MSG_NOSIGNAL) to a peer that has closed: EPIPE without SIGPIPE?
 *
 * Reports "send=R,sigpipe=N": the send result and the number of SIGPIPEs
 * delivered to the probe (counted, never fatal).
 *
 * Covers: OPT-06, STR-15
 * Types: stream, seqpacket
 * linux: send(2) MSG_NOSIGNAL (since 2.2); unix(7) ERRORS EPIPE
 * freebsd: send(2) MSG_NOSIGNAL
 * posix: send() MSG_NOSIGNAL (POSIX.1-2008)
 */
#include "probe.h"

#include <signal.h>

void probe_main(void)
{
#ifdef MSG_NOSIGNAL
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    close(sv[1]);
    count_signal(SIGPIPE);
    ssize_t n = send(sv[0], "x", 1, MSG_NOSIGNAL);
    observe("send=%s,sigpipe=%d", io_result(n), signal_count(SIGPIPE));
#else
    not_applicable("MSG_NOSIGNAL not defined");
#endif
}
