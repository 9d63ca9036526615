/*
 * The SO_RCVBUF value of a fresh socket, in bytes.
 *
 * Linux takes it from net.core.rmem_default; the BSDs from the per-type
 * net.local.* recvspace sysctls. The number depends on the host's settings
 * as much as on the kernel.
 *
 * Covers: STR-24, SYSCTL-03, SYSCTL-04, SYSCTL-06
 * Types: stream, dgram, seqpacket
 * linux: socket(7) SO_RCVBUF, /proc interfaces rmem_default
 * freebsd: unix(4) BUFFERING
 */
#include "probe.h"

void probe_main(void)
{
    int s = uds_socket(PROBE_TYPE);
    int v;
    if (get_int_option(s, SOL_SOCKET, SO_RCVBUF, &v) < 0)
        observe_errno(errno);
    observe("%d", v);
}
