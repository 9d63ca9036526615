/*
 * With SO_OOBINLINE the OOB byte stays in the ordinary stream, after the mark.
 *
 * The sequence of spec/platforms.md section 11: SO_OOBINLINE, "hello" with
 * MSG_OOB, "world"; two 10-byte reads, then recv(MSG_OOB), which fails.
 *
 * The token lists every step in order (notation in harness/oob.h):
 * receives by size and result, sockatmark() after each send group and each
 * receive, and where SO_OOBINLINE is switched on. Where MSG_OOB sends are
 * refused the token ends with that send's errno.
 *
 * Covers: OOB-04, OOB-03, IOCTL-06
 * linux: source-derived, net/unix/af_unix.c unix_stream_read_generic, manage_oob, unix_stream_recv_urg, unix_ioctl
 */
#include "oob.h"

void probe_main(void)
{
    oob_sequence("inline sendoob:hello send:world mark r10 mark r10 mark rO1 mark");
}
