/*
 * /proc/net/unix: the row of a socket bound to an abstract name: is the
 * name shown in the '@' form?
 *
 * Token "flags=F,type=T,st=S,path=none|at|name" (path=at: the name starts
 * with '@'), or "listed=no"; n/a off Linux.
 *
 * Covers: SYSCTL-10, ABS-01
 * Types: stream, dgram
 * linux: source-derived, net/unix/af_unix.c unix_seq_show (abstract names printed with a leading '@')
 */
#include "procnet.h"

void probe_main(void)
{
#ifdef __linux__
    struct sockaddr_un sa;
    socklen_t len = uds_addr_abstract(&sa, "row");
    int s = uds_socket(PROBE_TYPE);
    CHECK(bind(s, (struct sockaddr *)&sa, len));
    observe("%s", procnet_row(s));
#else
    not_applicable("no abstract names (Linux only)");
#endif
}
