/*
 * After one end calls shutdown(SHUT_WR), what does the other end's read give?
 *
 * On a stream (and seqpacket) connection the peer sees end-of-file: recv
 * returns 0. A datagram socketpair has no connection to shut down on the
 * peer's side, so the peer's non-blocking read may just find nothing
 * (EAGAIN). The token is the byte count or the errno name.
 *
 * Covers: SHUT-01
 * Types: stream, dgram, seqpacket
 * linux: source-derived, net/unix/af_unix.c unix_shutdown
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_shutdown (socantrcvmore on the peer)
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_shutdown
 * posix: shutdown() SHUT_WR
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    CHECK(set_nonblocking(sv[1], 1));

    CHECK(shutdown(sv[0], SHUT_WR));

    char buf[8];
    observe("%s", io_result(recv(sv[1], buf, sizeof buf, 0)));
}
