/*
 * Two MSG_OOB sends, then SO_OOBINLINE: are both bytes read in order?
 *
 * Kernel selftest msg_oob.c, test inline_ex_oob_drop (TCP drops "x" here; AF_UNIX does not).
 *
 * The token lists every step in order (notation in harness/oob.h):
 * receives by size and result, sockatmark() after each send group and each
 * receive, and where SO_OOBINLINE is switched on. Where MSG_OOB sends are
 * refused the token ends with that send's errno.
 *
 * Covers: OOB-04, IOCTL-06
 * linux: source-derived, net/unix/af_unix.c unix_stream_read_generic, manage_oob, unix_stream_recv_urg, unix_ioctl
 */
#include "oob.h"

void probe_main(void)
{
    oob_sequence("sendoob:x sendoob:y mark inline mark r1 mark r1 mark");
}
