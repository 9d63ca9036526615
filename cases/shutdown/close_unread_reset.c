/*
 * When a socket is closed with unread data, the peer's next read gives ECONNRESET.
 *
 * One end queues a byte to the other, which closes without reading it.
 * The first end then reads (non-blocking): Linux reports ECONNRESET
 * ("remote socket was unexpectedly closed"); the BSDs report plain
 * end-of-file (0).
 *
 * Covers: SHUT-07, STR-17, ERR-04
 * Types: stream, seqpacket
 * linux: unix(7) ERRORS ECONNRESET
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_disconnect (no ECONNRESET for stream)
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_disconnect
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    CHECK(set_nonblocking(sv[0], 1));
    if (send(sv[0], "x", 1, 0) != 1)
        setup_failed("send");

    close(sv[1]);

    char buf[8];
    observe("%s", io_result(recv(sv[0], buf, sizeof buf, 0)));
}
