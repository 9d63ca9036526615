/*
 * send() with MSG_NOSIGNAL after the peer closed: EPIPE without SIGPIPE.
 *
 * Reports the send result and the SIGPIPE count, e.g. EPIPE,sigpipe=0.
 *
 * Covers: ERR-14, STR-15, OPT-06
 * linux: unix(7) ERRORS EPIPE ("can be avoided by passing the MSG_NOSIGNAL flag"); send(2) MSG_NOSIGNAL
 * freebsd: source-derived, sys/kern/uipc_socket.c sosend_generic
 * posix: send() MSG_NOSIGNAL
 * Types: stream, seqpacket
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
    const char *r = io_result(n);
    observe("%s,sigpipe=%d", r, signal_count(SIGPIPE));
#else
    not_applicable("MSG_NOSIGNAL not defined");
#endif
}
