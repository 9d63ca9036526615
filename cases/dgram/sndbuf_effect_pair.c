/*
 * Does a small SO_SNDBUF on the sending end of a datagram socketpair reduce
 * how many datagrams it can queue to the other end?
 *
 * Two socketpairs are filled with 1024-byte datagrams by a non-blocking
 * sender until the first error; on the second, the sender first set
 * SO_SNDBUF to 8192. effect=yes when the counts differ. Linux documents that
 * SO_SNDBUF is the buffer that matters for unix sockets; FreeBSD says its
 * unix sockets have no send buffers.
 *
 * Covers: STR-23, DGR-05, OPT-04
 * linux: unix(7) Sockets API ("SO_SNDBUF" has an effect)
 * freebsd: unix(4) BUFFERING ("they do not implement send buffers")
 */
#include "buffer.h"

void probe_main(void)
{
    long dflt = pair_queue_count(SOCK_DGRAM, 0, SO_SNDBUF, 0);
    long small = pair_queue_count(SOCK_DGRAM, 0, SO_SNDBUF, 8192);
    observe("effect=%s", yesno(small != dflt));
}
