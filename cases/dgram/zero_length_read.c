/*
 * read() on a socket whose next datagram is zero-length: does it return 0
 * and leave the datagram queued, as recv(2) NOTES says, or consume it?
 *
 * The empty datagram is followed by a 1-byte one; after read() returns, a
 * recv() shows what is next: 0 (the empty datagram is still there) or 1 (it
 * was consumed). The socket is non-blocking so that nothing can hang.
 *
 * Covers: DGR-14, DGR-13
 * linux: recv(2) NOTES ("read(2) has no effect (the datagram remains pending)")
 */
#include "probe.h"

#include <stdio.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_DGRAM, sv);
    CHECK(send(sv[0], "", 0, 0));
    CHECK(send(sv[0], "x", 1, 0));
    CHECK(set_nonblocking(sv[1], 1));

    char buf[16], rd[16];
    snprintf(rd, sizeof rd, "%s", io_result(read(sv[1], buf, sizeof buf)));
    observe("read=%s,next=%s", rd, io_result(recv(sv[1], buf, sizeof buf, 0)));
}
