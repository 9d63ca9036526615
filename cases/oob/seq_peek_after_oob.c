/*
 * MSG_PEEK after the OOB byte was taken: does the peek stop at its position like a read?
 *
 * The sequence of spec/platforms.md section 11: "hello" with MSG_OOB, then
 * "world"; recv(MSG_OOB), a peek and a read of 10 bytes each. Linux 6.1 peeks
 * across the consumed byte.
 *
 * The token lists every step in order (notation in harness/shutoob.h):
 * receives by size and result, sockatmark() after each send group and each
 * receive, and where SO_OOBINLINE is switched on. Where MSG_OOB sends are
 * refused the token ends with that send's errno.
 *
 * Covers: OOB-01, IOCTL-06
 * linux: source-derived, net/unix/af_unix.c unix_stream_read_generic, manage_oob, unix_stream_recv_urg, unix_ioctl
 */
#include "shutoob.h"

void probe_main(void)
{
    struct oobseq s;
    oobseq_start(&s);

    oobseq_send(&s, "hello", MSG_OOB);
    oobseq_send(&s, "world", 0);
    oobseq_mark(&s);
    oobseq_recv(&s, 1, MSG_OOB);
    oobseq_mark(&s);
    oobseq_recv(&s, 10, MSG_PEEK);
    oobseq_mark(&s);
    oobseq_recv(&s, 10, 0);
    oobseq_mark(&s);

    oobseq_report(&s);
}
