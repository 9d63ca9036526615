/*
 * listen() on a bound datagram socket.
 *
 * Covers: STR-06, ERR-12
 * linux: unix(7) ERRORS EOPNOTSUPP ("stream operation called on non-stream oriented socket"); listen(2) ERRORS EOPNOTSUPP
 * freebsd: source-derived, sys/kern/uipc_usrreq.c (no pr_listen for dgram)
 * posix: listen() ERRORS EOPNOTSUPP
 */
#include "probe.h"

void probe_main(void)
{
    int s = uds_bound(SOCK_DGRAM, "s");

    observe_call(listen(s, 4));
}
