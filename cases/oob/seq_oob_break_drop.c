/*
 * An ordinary recv() stops at the OOB mark, and the next one skips the unread OOB byte.
 *
 * Kernel selftest msg_oob.c, test oob_break_drop: "hello" with MSG_OOB, then "world"; two 10-byte
 * reads, then recv(MSG_OOB).
 *
 * The token lists every step in order (notation in harness/oob.h):
 * receives by size and result, sockatmark() after each send group and each
 * receive, and where SO_OOBINLINE is switched on. Where MSG_OOB sends are
 * refused the token ends with that send's errno.
 *
 * Covers: OOB-01, OOB-03, IOCTL-06
 * linux: source-derived, net/unix/af_unix.c unix_stream_read_generic, manage_oob, unix_stream_recv_urg, unix_ioctl
 */
#include "oob.h"

void probe_main(void)
{
    oob_sequence("sendoob:hello send:world mark r10 mark r10 mark rO1 mark");
}
