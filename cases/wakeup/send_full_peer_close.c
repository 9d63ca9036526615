/*
 * A 1-byte send() blocked in one process on a full socket, and the last
 * descriptor of the peer end closed by another: does the sender wake?
 *
 * SIGPIPE is ignored in the waiter. Token "send=R" (EPIPE expected), or
 * "blocked".
 *
 * Covers: STR-15, ERR-14, ERR-04
 * Types: stream, seqpacket
 * linux: send(2) ERRORS EPIPE ("the local end has been shut down on a connection oriented socket")
 */
#include "wake.h"

void probe_main(void)
{
    uds_pair(PROBE_TYPE, wake_sv);
    if (fill_socket(wake_sv[0], 512) == 0)
        setup_error("fill_socket", "nothing could be sent");
    CHECK(set_nonblocking(wake_sv[0], 0));
    observe("%s", wake_token(wake_send, NULL, wake_close, &wake_sv[1], &wake_sv[1]));
}
