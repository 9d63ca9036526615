/*
 * Data sent before shutdown(SHUT_WR) is still delivered, then the peer sees the end.
 *
 * The sender queues "abc" and shuts down its write side; the peer reads
 * twice, non-blocking. The token gives both results: "read1=3,read2=0" is
 * the data followed by end-of-file.
 *
 * Covers: SHUT-01
 * Types: stream, dgram, seqpacket
 * linux: source-derived, net/unix/af_unix.c unix_shutdown
 * posix: shutdown() SHUT_WR
 */
#include "probe.h"

#include <stdio.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    CHECK(set_nonblocking(sv[1], 1));
    if (send(sv[0], "abc", 3, 0) != 3)
        setup_failed("send");

    CHECK(shutdown(sv[0], SHUT_WR));

    char buf[8], first[32];
    snprintf(first, sizeof first, "%s", io_result(recv(sv[1], buf, sizeof buf, 0)));
    observe("read1=%s,read2=%s", first, io_result(recv(sv[1], buf, sizeof buf, 0)));
}
