/*
 * A non-blocking sender floods a bound, unconnected receiver with sendto():
 * why does the first send fail, and does every accepted datagram arrive, in
 * order?
 *
 * The sender sends numbered 16-byte datagrams until the first error, then the
 * receiver drains its queue. The token names the error and compares what was
 * received with what send accepted; the count itself is configuration
 * (net.unix.max_dgram_qlen on Linux, net.local.dgram.recvspace on the BSDs).
 * Linux promises that datagrams are never lost or reordered; FreeBSD says
 * unix datagrams are unreliable, but a datagram that was refused was never
 * accepted, so it is not counted as lost here.
 *
 * Covers: DGR-02, DGR-04, DGR-07, ERR-20, ERR-21
 * linux: unix(7) DESCRIPTION ("always reliable and don't reorder datagrams"); error source-derived, net/unix/af_unix.c unix_dgram_sendmsg
 * freebsd: unix(4) BUFFERING; error source-derived, sys/kern/uipc_usrreq.c uipc_sosend_dgram
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_send
 */
#include "dgram.h"

void probe_main(void)
{
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "r");
    int r = uds_bound(SOCK_DGRAM, "r");
    int s = uds_socket(SOCK_DGRAM);

    int err;
    long accepted = dgram_fill(s, (struct sockaddr *)&sa, len, 16, 100000, &err);

    struct dgram_seen seen;
    dgram_drain(r, accepted + 1, 0, &seen);
    observe("stop=%s,lost=%ld,order=%s", err ? errno_name(err) : "none",
            accepted - seen.received, seen.in_order ? "ok" : "bad");
}
