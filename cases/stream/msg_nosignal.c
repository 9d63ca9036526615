/*
 * send(MSG_NOSIGNAL) after the peer closed: EPIPE without SIGPIPE.
 *
 * The token is "<send result>,sigpipe=<count>".
 *
 * Covers: STR-15
 * linux: send(2) MSG_NOSIGNAL; unix(7) ERRORS EPIPE
 * freebsd: source-derived, sys/kern/uipc_syscalls.c kern_sendit
 * posix: send() MSG_NOSIGNAL
 */
#include "probe.h"

#include <signal.h>

void probe_main(void)
{
#ifdef MSG_NOSIGNAL
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    close(sv[1]);
    count_signal(SIGPIPE);
    ssize_t n = send(sv[0], "x", 1, MSG_NOSIGNAL);
    observe("%s,sigpipe=%d", io_result(n), signal_count(SIGPIPE));
#else
    not_applicable("MSG_NOSIGNAL not defined");
#endif
}
