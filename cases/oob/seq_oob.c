/*
 * One byte sent with MSG_OOB: sockatmark() before and after recv(MSG_OOB) takes it.
 *
 * Kernel selftest msg_oob.c, test oob. Linux 6.1 clears the mark once the urgent byte is read; later
 * kernels leave the consumed byte's position marked.
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
    oob_sequence("sendoob:x mark rO1 mark");
}
