/*
 * SO_OOBINLINE set after two MSG_OOB sends: the replaced OOB byte is ordinary data.
 *
 * Kernel selftest msg_oob.c, test inline_ex_oob_break: "hello" and "wor" with MSG_OOB, "ld", then
 * SO_OOBINLINE and reads of 10 and 3 bytes.
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
    oob_sequence("sendoob:hello sendoob:wor send:ld mark inline r10 mark r3 mark");
}
