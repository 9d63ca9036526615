/*
 * accept() on a bound socket that never called listen().
 *
 * Covers: STR-14, ERR-06
 * linux: source-derived, net/unix/af_unix.c unix_accept
 * posix: accept() ERRORS EINVAL ("not accepting connections")
 * Types: stream, seqpacket
 */
#include "probe.h"

void probe_main(void)
{
    int s = uds_bound(PROBE_TYPE, "s");
    if (set_nonblocking(s, 1) < 0) /* never hang if the OS waits instead */
        setup_failed("fcntl");

    observe_call(accept(s, NULL, NULL));
}
