/*
 * send() on seqpacket after the peer closed: EPIPE, and SIGPIPE?
 *
 * The token is "<send result>,sigpipe=<count>".
 *
 * Covers: STR-15
 * linux: unix(7) ERRORS EPIPE; socket(7) Signals
 */
#include "probe.h"

#include <signal.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_SEQPACKET, sv);
    close(sv[1]);
    count_signal(SIGPIPE);
    ssize_t n = send(sv[0], "x", 1, 0);
    observe("%s,sigpipe=%d", io_result(n), signal_count(SIGPIPE));
}
