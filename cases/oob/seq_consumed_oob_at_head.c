/*
 * A consumed OOB byte at the head of the queue: sockatmark(), a peek and a read.
 *
 * The sequence of spec/platforms.md section 11: "a" with MSG_OOB, then "b";
 * recv(MSG_OOB), then a peek and a read of 10 bytes. Linux 6.1 loses "b".
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
    oob_sequence("sendoob:a send:b mark rO1 mark rP10 mark r10 mark");
}
