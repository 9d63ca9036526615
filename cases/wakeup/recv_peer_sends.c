/*
 * A recv() blocked in one process, and one byte sent by the peer from
 * another: does the waiter wake with the byte?
 *
 * The baseline for the other wakeup probes. Token "recv=1", or "blocked".
 *
 * Covers: STR-01, DGR-01, SEQ-02
 * Types: stream, dgram, seqpacket
 * posix: recv() DESCRIPTION (blocks until a message arrives)
 */
#include "wake.h"

static int send_byte(void *arg)
{
    return send(*(int *)arg, "x", 1, 0) == 1 ? 0 : errno;
}

void probe_main(void)
{
    uds_pair(PROBE_TYPE, wake_sv);
    observe("%s", wake_token(wake_recv, NULL, send_byte, &wake_sv[1], NULL));
}
