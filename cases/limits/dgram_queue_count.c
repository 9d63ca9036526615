/*
 * How many small datagrams a bound, unconnected receiver queues before a
 * non-blocking sender's next sendto() fails.
 *
 * The sender sends 16-byte datagrams until the first error. On Linux the
 * limit is a number of datagrams, net.unix.max_dgram_qlen (default 10), and
 * the check refuses a datagram only when the queue is already longer than
 * the limit, so one more than the sysctl fits. On the BSDs the limit is in
 * bytes (net.local.dgram.recvspace), counted with the per-datagram address
 * and mbuf overhead.
 *
 * Covers: LIM-04, DGR-07, SYSCTL-01
 * linux: source-derived, net/unix/af_unix.c unix_recvq_full_lockless
 * freebsd: unix(4) BUFFERING (net.local.dgram.recvspace)
 */
#include "dgram.h"

void probe_main(void)
{
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "r");
    (void)uds_bound(SOCK_DGRAM, "r");
    int s = uds_socket(SOCK_DGRAM);

    int err;
    long n = dgram_fill(s, (struct sockaddr *)&sa, len, 16, 100000, &err);
    if (err == 0)
        observe("more_than_%ld", n);
    observe("%ld", n);
}
