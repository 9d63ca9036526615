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
#include "dgram.h"

static long pair_count(int sndbuf)
{
    int sv[2], err;
    uds_pair(SOCK_DGRAM, sv);
    if (sndbuf > 0)
        CHECK(set_int_option(sv[0], SOL_SOCKET, SO_SNDBUF, sndbuf));
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
    long small = pair_count(8192);
    observe("effect=%s", yesno(small != dflt));
}
