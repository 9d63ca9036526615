/*
 * accept() on a bound stream socket that is not listening.
 *
 * Covers: STR-14
 * linux: source-derived, net/unix/af_unix.c unix_accept (EINVAL unless TCP_LISTEN)
 * posix: accept() ERRORS EINVAL ("not accepting connections")
 */
#include "probe.h"

void probe_main(void)
{
    int s = uds_bound(SOCK_STREAM, "s");
    CHECK(set_nonblocking(s, 1));
    observe_call(accept(s, NULL, NULL));
}
