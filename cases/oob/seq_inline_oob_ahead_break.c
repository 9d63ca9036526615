/*
 * SO_OOBINLINE turned on after the OOB byte was already taken.
 *
 * Kernel selftest msg_oob.c, test inline_oob_ahead_break: "hello" with MSG_OOB, "world",
 * recv(MSG_OOB), then SO_OOBINLINE and reads of 9 and 6 bytes (TCP gives
 * "oworld" to the second).
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
    oob_sequence("sendoob:hello send:world mark rO1 mark inline r9 mark r6 mark");
}
