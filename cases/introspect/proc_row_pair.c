/*
 * /proc/net/unix: the row of one end of a socketpair, found by the st_ino
 * of its descriptor: its Flags, Type and St columns, and no path.
 *
 * Expected: flags 00000000, St 03 (SS_CONNECTED), no path column. Token
 * "flags=F,type=T,st=S,path=none|at|name", or "listed=no"; n/a off Linux.
 *
 * Covers: SYSCTL-10, ADDR-11, FS-17
 * Types: stream, dgram, seqpacket
 * linux: source-derived, net/unix/af_unix.c unix_seq_show
 */
#include "procnet.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    observe("%s", procnet_row(sv[0]));
}
