/*
 * Does a small SO_RCVBUF on the receiving end of a datagram socketpair
 * reduce how many datagrams the other end can send to it?
 *
 * Two socketpairs are filled with 1024-byte datagrams by a non-blocking
 * sender until the first error; on the second, the receiving end first set
 * SO_RCVBUF to 2048. effect=yes when the counts differ. Linux documents that
 * SO_RCVBUF has no effect on unix sockets; the sender's SO_SNDBUF is what
 * limits a socketpair there.
 *
 * Covers: OPT-04, STR-23, DGR-05
 * linux: unix(7) Sockets API ("SO_RCVBUF does not" have an effect)
 * freebsd: unix(4) BUFFERING
 */
#include "buffer.h"

void probe_main(void)
{
    long dflt = pair_queue_count(SOCK_DGRAM, 1, SO_RCVBUF, 0);
    long small = pair_queue_count(SOCK_DGRAM, 1, SO_RCVBUF, 2048);
    observe("effect=%s", yesno(small != dflt));
}
