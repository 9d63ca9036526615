/*
 * getsockopt(SO_SNDBUF) on a fresh unix socket of each type, in bytes.
 *
 * A configuration value: on Linux it comes from net.core.wmem_default for
 * every type; on FreeBSD and macOS from the per-type net.local sysctls
 * (stream sendspace, dgram maxdgram, seqpacket maxseqpacket).
 *
 * Covers: STR-24, SYSCTL-03, SYSCTL-04
 * Types: stream, dgram, seqpacket
 * linux: socket(7) SO_SNDBUF (default from /proc/sys/net/core/wmem_default)
 * freebsd: unix(4) BUFFERING
 */
#include "probe.h"

void probe_main(void)
{
    int s = uds_socket(PROBE_TYPE);
    int v;
    CHECK(get_int_option(s, SOL_SOCKET, SO_SNDBUF, &v));
    observe("%d", v);
}
