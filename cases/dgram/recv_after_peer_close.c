/*
 * recv() on a datagram socket whose connected peer was closed, with nothing
 * queued: does it report an error, or just find nothing to read?
 *
 * A and B are bound and connected to each other; B is closed, then A does a
 * non-blocking recv(). Linux sets no error on A (only stream and seqpacket
 * peers get ECONNRESET), so the read just finds the queue empty.
 *
 * Covers: DGR-18, ERR-04
 * linux: source-derived, net/unix/af_unix.c unix_release_sock (sk_err only for stream and seqpacket)
 */
#include "probe.h"

void probe_main(void)
{
    int a, b;
    uds_connected_pair(SOCK_DGRAM, "a", &a, &b);
    close(b);

    char c;
    observe("%s", io_result(recv(a, &c, 1, MSG_DONTWAIT)));
}
