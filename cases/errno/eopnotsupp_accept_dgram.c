/*
 * accept() on a bound datagram socket.
 *
 * Covers: STR-14, ERR-12
 * linux: unix(7) ERRORS EOPNOTSUPP ("stream operation called on non-stream oriented socket"); accept(2) ERRORS EOPNOTSUPP
 * posix: accept() ERRORS EOPNOTSUPP
 */
#include "probe.h"

void probe_main(void)
{
    int s = uds_bound(SOCK_DGRAM, "s");
    if (set_nonblocking(s, 1) < 0)
        setup_failed("fcntl");

    observe_call(accept(s, NULL, NULL));
}
