/*
 * getsockopt(SO_ERROR) on a fresh socket returns 0 (no pending error).
 *
 * Covers: OPT-10
 * Types: stream, dgram, seqpacket
 * linux: socket(7) SO_ERROR
 * posix: getsockopt() SO_ERROR
 */
#include "probe.h"

void probe_main(void)
{
    int s = uds_socket(PROBE_TYPE);
    int v;
    if (get_int_option(s, SOL_SOCKET, SO_ERROR, &v) < 0)
        observe_errno(errno);
    observe("%d", v);
}
