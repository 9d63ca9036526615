/*
 * After one's own shutdown(SHUT_RD), can that end still send, and does the peer get it?
 *
 * Shutting the read side should leave the write side alone. The token gives
 * the send result and the peer's non-blocking read as byte counts or
 * errno names: "send=1,peer=1".
 *
 * Covers: SHUT-05
 * Types: stream, dgram, seqpacket
 * linux: source-derived, net/unix/af_unix.c unix_shutdown
 * posix: shutdown() SHUT_RD
 */
#include "probe.h"

#include <signal.h>
#include <stdio.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    count_signal(SIGPIPE);
    CHECK(set_nonblocking(sv[1], 1));

    CHECK(shutdown(sv[0], SHUT_RD));

    char sent[32], buf[8];
    snprintf(sent, sizeof sent, "%s", io_result(send(sv[0], "x", 1, 0)));
    observe("send=%s,peer=%s", sent, io_result(recv(sv[1], buf, sizeof buf, 0)));
}
