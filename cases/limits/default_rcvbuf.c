/*
 * getsockopt(SO_RCVBUF) on a fresh unix socket of each type, in bytes.
 *
 * A configuration value: on Linux it comes from net.core.rmem_default for
 * every type; on FreeBSD and macOS from the per-type net.local sysctls
 * (net.local.<type>.recvspace).
 *
 * Covers: STR-24, SYSCTL-03, SYSCTL-04
 * Types: stream, dgram, seqpacket
 * linux: socket(7) SO_RCVBUF (default from /proc/sys/net/core/rmem_default)
 * freebsd: unix(4) BUFFERING
 */
#include "probe.h"

void probe_main(void)
{
    int s = uds_socket(PROBE_TYPE);
    int v;
    CHECK(get_int_option(s, SOL_SOCKET, SO_RCVBUF, &v));
    observe("%d", v);
}
