/*
 * SO_NOSIGPIPE: a stream socket with the option on writes to a closed peer;
 * is SIGPIPE suppressed?
 *
 * Reports "set=R,send=R,sigpipe=N": the setsockopt result, the send result
 * (EPIPE expected) and the number of SIGPIPEs delivered.
 *
 * Covers: OPT-05, STR-15
 * freebsd: source-derived, sys/sys/socket.h SO_NOSIGPIPE
 * darwin: getsockopt(2) SO_NOSIGPIPE
 */
#include "probe.h"

#include <signal.h>
#include <stdio.h>

void probe_main(void)
{
#ifdef SO_NOSIGPIPE
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    char set[32];
    snprintf(set, sizeof set, "%s", call_result(set_int_option(sv[0], SOL_SOCKET, SO_NOSIGPIPE, 1)));
    close(sv[1]);

    count_signal(SIGPIPE);
    ssize_t n = send(sv[0], "x", 1, 0);
    observe("set=%s,send=%s,sigpipe=%d", set, io_result(n), signal_count(SIGPIPE));
#else
    not_applicable("SO_NOSIGPIPE not defined");
#endif
}
