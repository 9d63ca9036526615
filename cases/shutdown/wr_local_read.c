/*
 * After one's own shutdown(SHUT_WR), can that end still read what the peer sends?
 *
 * Shutting the write side should leave the read side alone. The token gives
 * the peer's send result and this end's non-blocking read:
 * "peer_send=1,read=1" (byte counts or errno names).
 *
 * Covers: SHUT-01, SHUT-02
 * Types: stream, dgram, seqpacket
 * linux: source-derived, net/unix/af_unix.c unix_shutdown
 * posix: shutdown() SHUT_WR
 */
#include "probe.h"

#include <signal.h>
#include <stdio.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    count_signal(SIGPIPE);
    CHECK(set_nonblocking(sv[0], 1));

    CHECK(shutdown(sv[0], SHUT_WR));

    char sent[32], buf[8];
    snprintf(sent, sizeof sent, "%s", io_result(send(sv[1], "x", 1, 0)));
    observe("peer_send=%s,read=%s", sent, io_result(recv(sv[0], buf, sizeof buf, 0)));
}
