/*
 * /proc/net/unix: the row of a listening socket bound to a path, found by
 * the st_ino of its descriptor: its Flags, Type and St columns.
 *
 * Finding the row at all shows that fstat()'s st_ino is the Inode column.
 * Expected: flags 00010000 (__SO_ACCEPTCON), St 01 (SS_UNCONNECTED), a path.
 * Token "flags=F,type=T,st=S,path=none|at|name", or "listed=no"; n/a off
 * Linux.
 *
 * Covers: SYSCTL-10, FS-17
 * Types: stream, seqpacket
 * linux: source-derived, net/unix/af_unix.c unix_seq_show
 */
#include "procnet.h"

void probe_main(void)
{
    int l = uds_listener(PROBE_TYPE, "l", 4);
    observe("%s", procnet_row(l));
}
