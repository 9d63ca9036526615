/*
 * A plain byte with no OOB byte pending: sockatmark() and recv(MSG_OOB).
 *
 * Kernel selftest msg_oob.c, test non_oob. On Linux since 5.15 recv(MSG_OOB) with nothing urgent fails
 * with EINVAL; where MSG_OOB is not supported at all it fails with EOPNOTSUPP.
 *
 * The token lists every step in order (notation in harness/oob.h):
 * receives by size and result, sockatmark() after each send group and each
 * receive, and where SO_OOBINLINE is switched on. Where MSG_OOB sends are
 * refused the token ends with that send's errno.
 *
 * Covers: OOB-03, IOCTL-06
 * linux: source-derived, net/unix/af_unix.c unix_stream_read_generic, manage_oob, unix_stream_recv_urg, unix_ioctl
 */
#include "oob.h"

void probe_main(void)
{
    oob_sequence("send:x mark rO1 mark");
}
