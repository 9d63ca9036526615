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
#include "dgram.h"

static long pair_count(int rcvbuf)
{
    int sv[2], err;
    uds_pair(SOCK_DGRAM, sv);
    if (rcvbuf > 0)
        CHECK(set_int_option(sv[1], SOL_SOCKET, SO_RCVBUF, rcvbuf));
    long n = dgram_fill(sv[0], NULL, 0, 1024, 100000, &err);
    if (err == 0)
        setup_error("fill", "sends never failed");
    close(sv[0]);
    close(sv[1]);
    return n;
}

void probe_main(void)
{
    long dflt = pair_count(0);
    long small = pair_count(2048);
    observe("effect=%s", yesno(small != dflt));
}
