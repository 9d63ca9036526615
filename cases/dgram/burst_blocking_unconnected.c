/*
 * A blocking sender sends 200 numbered datagrams with sendto() to a bound
 * receiver that holds far fewer: do all 200 arrive, in order?
 *
 * A child sends while the parent drains with bounded waits. Where a full
 * receiver makes the sender wait (Linux), all 200 arrive; where it makes the
 * send fail (the BSDs: "always non-blocking for write", ENOBUFS) the child
 * counts the refused sends and the token shows them as senderr and as a
 * lower received count. lost counts datagrams that send accepted but that
 * never arrived.
 *
 * Covers: DGR-02, DGR-03, ERR-21
 * linux: unix(7) DESCRIPTION ("always reliable and don't reorder datagrams"); blocking source-derived, net/unix/af_unix.c unix_wait_for_peer
 * freebsd: unix(4) BUFFERING ("unreliable and always non-blocking for write")
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_send
 */
#include "dgram.h"

void probe_main(void)
{
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "r");
    int r = uds_bound(SOCK_DGRAM, "r");
    int s = uds_socket(SOCK_DGRAM);

    long accepted;
    int err;
    struct dgram_seen seen;
    dgram_blocking_burst(s, (struct sockaddr *)&sa, len, r, 200, 16, &accepted, &err, &seen);

    observe("received=%ld,lost=%ld,order=%s,senderr=%s", seen.received,
            accepted - seen.received, seen.in_order ? "ok" : "bad",
            err ? errno_name(err) : "none");
}
