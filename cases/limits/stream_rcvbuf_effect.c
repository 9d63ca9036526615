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
#include "probe.h"

static size_t fill_pair(int rcvbuf)
{
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    if (rcvbuf > 0)
        CHECK(set_int_option(sv[1], SOL_SOCKET, SO_RCVBUF, rcvbuf));
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
