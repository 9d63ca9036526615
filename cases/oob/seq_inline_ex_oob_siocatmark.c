/*
 * sockatmark() with SO_OOBINLINE, after a read that stops before a consumed OOB byte.
 *
 * Kernel selftest msg_oob.c, test inline_ex_oob_siocatmark: "hello" with MSG_OOB, recv(MSG_OOB),
 * SO_OOBINLINE, "world" with MSG_OOB, then a 4-byte read.
 *
 * The token lists every step in order (notation in harness/shutoob.h):
 * receives by size and result, sockatmark() after each send group and each
 * receive, and where SO_OOBINLINE is switched on. Where MSG_OOB sends are
 * refused the token ends with that send's errno.
 *
 * Covers: OOB-04, IOCTL-06
 * linux: source-derived, net/unix/af_unix.c unix_stream_read_generic, manage_oob, unix_stream_recv_urg, unix_ioctl
 */
#include "shutoob.h"

void probe_main(void)
{
    struct oobseq s;
    oobseq_start(&s);

    oobseq_send(&s, "hello", MSG_OOB);
    oobseq_mark(&s);
    oobseq_recv(&s, 1, MSG_OOB);
    oobseq_mark(&s);
    oobseq_inline(&s);
    oobseq_send(&s, "world", MSG_OOB);
    oobseq_mark(&s);
    oobseq_recv(&s, 4, 0);
    oobseq_mark(&s);

    oobseq_report(&s);
}
