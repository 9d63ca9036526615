/*
 * getsockopt(SO_ACCEPTCONN) on a listening socket returns 1.
 *
 * Covers: OPT-10
 * Types: stream, seqpacket
 * linux: socket(7) SO_ACCEPTCONN
 * posix: getsockopt() / <sys/socket.h> SO_ACCEPTCONN
 */
#include "probe.h"

void probe_main(void)
{
    int l = uds_listener(PROBE_TYPE, "l", 4);
    int v;
    if (get_int_option(l, SOL_SOCKET, SO_ACCEPTCONN, &v) < 0)
        observe_errno(errno);
    observe("%d", v);
}
