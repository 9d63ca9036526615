/*
 * getsockopt(SO_ACCEPTCONN) on a bound socket that does not listen returns 0.
 *
 * Covers: OPT-10
 * Types: stream, dgram, seqpacket
 * linux: socket(7) SO_ACCEPTCONN
 * posix: getsockopt() / <sys/socket.h> SO_ACCEPTCONN
 */
#include "probe.h"

void probe_main(void)
{
    int s = uds_bound(PROBE_TYPE, "s");
    int v;
    if (get_int_option(s, SOL_SOCKET, SO_ACCEPTCONN, &v) < 0)
        observe_errno(errno);
    observe("%d", v);
}
