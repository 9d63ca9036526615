/*
 * listen() on a stream socket that was never bound.
 *
 * Covers: STR-05
 * linux: source-derived, net/unix/af_unix.c unix_listen (EINVAL without an address)
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_listen (EDESTADDRREQ)
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_listen (EINVAL)
 * posix: listen() ERRORS EDESTADDRREQ
 */
#include "probe.h"

void probe_main(void)
{
    int s = uds_socket(SOCK_STREAM);
    observe_call(listen(s, 4));
}
