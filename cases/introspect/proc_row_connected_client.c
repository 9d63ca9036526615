/*
 * /proc/net/unix: the row of an unbound client connected to a listener,
 * found by the st_ino of its descriptor: St, and whether a path is shown.
 *
 * The client has no name of its own (unix(7): a stream socket that has not
 * been bound has no name), so no path is expected. Token
 * "flags=F,type=T,st=S,path=none|at|name", or "listed=no"; n/a off Linux.
 *
 * Covers: SYSCTL-10, ADDR-12
 * Types: stream, seqpacket
 * linux: source-derived, net/unix/af_unix.c unix_seq_show
 */
#include "procnet.h"

void probe_main(void)
{
    uds_listener(PROBE_TYPE, "l", 4);
    int c = uds_connect_to(PROBE_TYPE, "l");
    observe("%s", procnet_row(c));
}
