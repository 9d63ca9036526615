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
#include "probe.h"

static size_t fill_pair(int sndbuf)
{
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    if (sndbuf > 0)
        CHECK(set_int_option(sv[0], SOL_SOCKET, SO_SNDBUF, sndbuf));
    size_t n = fill_socket(sv[0], 1024);
    close(sv[0]);
    close(sv[1]);
    return n;
}

void probe_main(void)
{
    size_t dflt = fill_pair(0);
    size_t small = fill_pair(8192);
    observe("effect=%s", yesno(small != dflt));
}
