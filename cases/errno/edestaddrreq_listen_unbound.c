/*
 * listen() on a socket that was never bound.
 *
 * POSIX and current FreeBSD say EDESTADDRREQ; Linux and macOS answer
 * EINVAL.
 *
 * Covers: STR-05, ERR-06, ERR-23
 * linux: source-derived, net/unix/af_unix.c unix_listen
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_listen
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_listen
 * posix: listen() ERRORS EDESTADDRREQ
 * Types: stream, seqpacket
 */
#include "probe.h"

void probe_main(void)
{
    int s = uds_socket(PROBE_TYPE);

    observe_call(listen(s, 4));
}
