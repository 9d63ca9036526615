/*
 * After one end calls shutdown(SHUT_RD), the other end's send fails with EPIPE.
 *
 * The peer's receive side is closed, so there is nobody to deliver to.
 * SIGPIPE is counted (not reported) so that the probe survives it; the
 * token is the send result.
 *
 * Covers: SHUT-05, ERR-14
 * Types: stream, dgram, seqpacket
 * linux: source-derived, net/unix/af_unix.c unix_stream_sendmsg, unix_dgram_sendmsg (RCV_SHUTDOWN)
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_send (SBS_CANTRCVMORE)
 */
#include "probe.h"

#include <signal.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    count_signal(SIGPIPE);
    CHECK(set_nonblocking(sv[1], 1));

    CHECK(shutdown(sv[0], SHUT_RD));

    observe("%s", io_result(send(sv[1], "x", 1, 0)));
}
