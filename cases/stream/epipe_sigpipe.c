/*
 * send() after the peer closed fails with EPIPE and raises SIGPIPE.
 *
 * The token is "<send result>,sigpipe=<count>".
 *
 * Covers: STR-15
 * linux: unix(7) ERRORS EPIPE; socket(7) Signals; send(2) ERRORS EPIPE
 * freebsd: source-derived, sys/kern/uipc_syscalls.c kern_sendit
 * darwin: source-derived, bsd/kern/uipc_syscalls.c sendit
 * posix: send() ERRORS EPIPE
 */
#include "probe.h"

#include <signal.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    close(sv[1]);
    count_signal(SIGPIPE);
    ssize_t n = send(sv[0], "x", 1, 0);
    observe("%s,sigpipe=%d", io_result(n), signal_count(SIGPIPE));
}
