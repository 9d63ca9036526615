/*
 * listen() on a bound datagram socket.
 *
 * Covers: STR-06
 * linux: source-derived, net/unix/af_unix.c unix_listen (EOPNOTSUPP for non-stream types)
 * freebsd: source-derived, sys/kern/uipc_usrreq.c (no pr_listen for datagrams)
 * posix: listen() ERRORS EOPNOTSUPP
 */
#include "probe.h"

void probe_main(void)
{
    int s = uds_bound(SOCK_DGRAM, "d");
    observe_call(listen(s, 4));
}
