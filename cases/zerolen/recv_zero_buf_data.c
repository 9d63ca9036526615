/*
 * recv() into a 0-byte buffer while a 1-byte message is queued: what does
 * it return, and is the message still there afterwards?
 *
 * On a stream the byte is expected to stay; on dgram and seqpacket a recv
 * consumes a whole record, so the record may be gone (truncated to 0).
 * Token "recv=R,next=N": the 0-byte recv's result, then a 16-byte
 * non-blocking recv's (1 when the byte stayed, EAGAIN when it was consumed).
 *
 * Covers: DGR-15, SEQ-05, STR-01
 * Types: stream, dgram, seqpacket
 * linux: recv(2) DESCRIPTION ("excess bytes may be discarded depending on the type of socket")
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
    snprintf(got, sizeof got, "%s", io_result(recv(sv[1], buf, 0, MSG_DONTWAIT)));
    observe("recv=%s,next=%s", got, io_result(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT)));
}
