/*
 * A zero-length datagram can be sent; recv() returns 0 for it and consumes
 * it.
 *
 * After the empty datagram a 1-byte one is sent: the token gives the send
 * result, the first recv() result, and the second (1 when the empty
 * datagram was consumed by the first recv).
 *
 * Covers: DGR-13, DGR-14
 * linux: recv(2) RETURN VALUE ("Datagram sockets ... permit zero-length datagrams"); NOTES (recv consumes it)
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_sosend_dgram
 */
#include "probe.h"

#include <stdio.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_DGRAM, sv);
    char sent[16];
    snprintf(sent, sizeof sent, "%s", io_result(send(sv[0], "", 0, 0)));
    CHECK(send(sv[0], "x", 1, 0));

    char buf[16], first[16];
    snprintf(first, sizeof first, "%s", io_result(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT)));
    observe("send=%s,recv=%s,next=%s", sent, first,
            io_result(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT)));
}
