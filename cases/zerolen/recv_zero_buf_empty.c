/*
 * A non-blocking recv() into a 0-byte buffer with nothing queued: 0 at
 * once, or EAGAIN as for any other size?
 *
 * A 0 here would look like end-of-file on a stream although the peer is
 * still connected. Token: the byte count or the errno name.
 *
 * Covers: ERR-20, STR-16
 * Types: stream, dgram, seqpacket
 * linux: recv(2) ERRORS EAGAIN ("the receive operation would block")
 * posix: recv() ERRORS EAGAIN / EWOULDBLOCK (MSG_DONTWAIT analogue: O_NONBLOCK and no data waiting)
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    char buf[1];
    observe("%s", io_result(recv(sv[1], buf, 0, MSG_DONTWAIT)));
}
