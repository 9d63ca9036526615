/*
 * A second MSG_OOB send replaces the first: reads stop only at the newest mark.
 *
 * Kernel selftest msg_oob.c, test ex_oob_break: "hello" and "wor" with MSG_OOB, then "ld". The old
 * urgent byte "o" becomes ordinary data.
 *
 * The token lists every step in order (notation in harness/oob.h):
 * receives by size and result, sockatmark() after each send group and each
 * receive, and where SO_OOBINLINE is switched on. Where MSG_OOB sends are
 * refused the token ends with that send's errno.
 *
 * Covers: OOB-01, IOCTL-06
 * linux: source-derived, net/unix/af_unix.c unix_stream_read_generic, manage_oob, unix_stream_recv_urg, unix_ioctl
 */
#include "oob.h"

void probe_main(void)
{
    oob_sequence("sendoob:hello sendoob:wor send:ld mark r10 mark rO1 mark r2 mark");
}
