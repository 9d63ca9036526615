/*
 * recv() with MSG_PEEK|MSG_TRUNC reports the length of the next datagram
 * without consuming it.
 *
 * A 10-byte datagram is peeked with a 1-byte buffer; a normal recv() then
 * shows whether it is still queued. A portable way to size the buffer before
 * the real read, where MSG_TRUNC returns the real length.
 *
 * Covers: DGR-16
 * linux: recv(2) DESCRIPTION MSG_TRUNC, MSG_PEEK
 */
#include "probe.h"

#include <stdio.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_DGRAM, sv);
    CHECK(send(sv[0], "0123456789", 10, 0));

    char buf[16];
    ssize_t peek = recv(sv[1], buf, 1, MSG_PEEK | MSG_TRUNC | MSG_DONTWAIT);
    char p[16];
    snprintf(p, sizeof p, "%s", io_result(peek));
    observe("peek=%s,then=%s", p, io_result(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT)));
}
