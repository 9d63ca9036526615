/*
 * A non-blocking recv() on seqpacket after the peer did shutdown(SHUT_WR)
 * returns 0 (EOF), not EAGAIN.
 *
 * Covers: SEQ-07, SHUT-01
 * linux: source-derived, net/unix/af_unix.c __unix_dgram_recvmsg (EAGAIN turned into 0 after RCV_SHUTDOWN)
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_SEQPACKET, sv);
    CHECK(shutdown(sv[0], SHUT_WR));
    CHECK(set_nonblocking(sv[1], 1));
    char buf[16];
    observe("%s", io_result(recv(sv[1], buf, sizeof buf, 0)));
}
