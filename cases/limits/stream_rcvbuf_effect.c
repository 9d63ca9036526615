/*
 * Does a small SO_RCVBUF on the reading end of a stream socketpair reduce
 * how many bytes a non-blocking writer can queue?
 *
 * Two socketpairs are filled with 1024-byte writes until the first would
 * block; on the second the reader first set SO_RCVBUF to 8192. effect=yes
 * when the totals differ. Linux documents that SO_RCVBUF has no effect on
 * unix sockets; in FreeBSD's model the receive buffer is what limits a
 * stream writer.
 *
 * Covers: OPT-04, STR-23
 * linux: unix(7) Sockets API ("SO_RCVBUF does not" have an effect)
 * freebsd: unix(4) BUFFERING
 */
#include "buffer.h"

void probe_main(void)
{
    long dflt = pair_queue_count(SOCK_STREAM, 1, SO_RCVBUF, 0);
    long small = pair_queue_count(SOCK_STREAM, 1, SO_RCVBUF, 8192);
    observe("effect=%s", yesno(small != dflt));
}
