/*
 * sockatmark() with SO_OOBINLINE, after a read that stops before a consumed OOB byte.
 *
 * Kernel selftest msg_oob.c, test inline_ex_oob_siocatmark: "hello" with MSG_OOB, recv(MSG_OOB),
 * SO_OOBINLINE, "world" with MSG_OOB, then a 4-byte read.
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
    oob_sequence("sendoob:hello mark rO1 mark inline sendoob:world mark r4 mark");
}
