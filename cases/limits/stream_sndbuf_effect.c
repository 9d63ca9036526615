/*
 * Does a small SO_SNDBUF on the writing end of a stream socketpair reduce
 * how many bytes a non-blocking writer can queue?
 *
 * Two socketpairs are filled with 1024-byte writes until the first would
 * block; on the second the writer first set SO_SNDBUF to 8192. effect=yes
 * when the totals differ. Linux documents that SO_SNDBUF has an effect on
 * unix sockets; FreeBSD says they implement no send buffers (sendspace only
 * bounds one write).
 *
 * Covers: STR-23, OPT-04, LIM-07
 * linux: unix(7) Sockets API ("SO_SNDBUF" has an effect)
 * freebsd: unix(4) BUFFERING ("they do not implement send buffers")
 */
#include "buffer.h"

void probe_main(void)
{
    long dflt = pair_queue_count(SOCK_STREAM, 0, SO_SNDBUF, 0);
    long small = pair_queue_count(SOCK_STREAM, 0, SO_SNDBUF, 8192);
    observe("effect=%s", yesno(small != dflt));
}
