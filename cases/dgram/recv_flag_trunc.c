/*
 * recv() with the MSG_TRUNC flag returns the real length of the datagram,
 * even when the buffer is smaller.
 *
 * A 10-byte datagram is read with a 4-byte buffer and flags MSG_TRUNC.
 * Linux supports this for unix datagram sockets since 3.4; the old unix(7)
 * said it was not supported; elsewhere the flag may be ignored (4 returned).
 *
 * Covers: DGR-16
 * linux: recv(2) DESCRIPTION MSG_TRUNC ("since Linux 3.4" for UNIX datagram sockets); unix(7) Sockets API
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_soreceive_dgram
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_DGRAM, sv);
    CHECK(send(sv[0], "0123456789", 10, 0));

    char buf[4];
    observe("%s", io_result(recv(sv[1], buf, sizeof buf, MSG_TRUNC | MSG_DONTWAIT)));
}
