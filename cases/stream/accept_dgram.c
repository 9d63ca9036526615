/*
 * accept() on a bound datagram socket.
 *
 * Covers: STR-14
 * linux: source-derived, net/unix/af_unix.c unix_accept (EOPNOTSUPP for non-stream types)
 * posix: accept() ERRORS EOPNOTSUPP ("socket type does not support accepting connections")
 */
#include "probe.h"

void probe_main(void)
{
    int s = uds_bound(SOCK_DGRAM, "s");
    CHECK(set_nonblocking(s, 1));
    observe_call(accept(s, NULL, NULL));
}
