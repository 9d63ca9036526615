/*
 * read() of 0 bytes while a 1-byte message is queued: what does it return,
 * and is the message still there afterwards?
 *
 * Unlike recv() into a 0-byte buffer, read() of 0 bytes may return before
 * the protocol is asked, leaving a datagram or record queued. Token
 * "read=R,next=N": the 0-byte read's result, then a 16-byte non-blocking
 * recv's (1 when the message stayed, EAGAIN when it was consumed).
 *
 * Covers: DGR-14, SEQ-05, STR-01
 * Types: stream, dgram, seqpacket
 * linux: recv(2) NOTES (read(2) of a zero-length datagram leaves it pending)
 */
#include "probe.h"

#include <stdio.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    if (send(sv[0], "x", 1, 0) != 1)
        setup_failed("send");
    if (wait_events(sv[1], POLLIN, WAIT_MS) <= 0)
        setup_error("poll", "the byte did not arrive");
    char buf[16], got[16];
    snprintf(got, sizeof got, "%s", io_result(read(sv[1], buf, 0)));
    observe("read=%s,next=%s", got, io_result(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT)));
}
