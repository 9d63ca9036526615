/*
 * connect() to a datagram socket that is itself connected to some other
 * peer: allowed, or refused?
 *
 * R is bound and connected to X; a third socket connect()s to R. Linux
 * refuses with EPERM (only R's peer may send to it); FreeBSD's source allows
 * the association.
 *
 * Covers: DGR-12, ERR-13
 * linux: source-derived, net/unix/af_unix.c unix_dgram_connect (unix_may_send)
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_connect
 */
#include "probe.h"

void probe_main(void)
{
    struct sockaddr_un r_sa, x_sa;
    socklen_t rlen = uds_addr_path(&r_sa, "r");
    socklen_t xlen = uds_addr_path(&x_sa, "x");
    int r = uds_bound(SOCK_DGRAM, "r");
    (void)uds_bound(SOCK_DGRAM, "x");
    CHECK(connect(r, (struct sockaddr *)&x_sa, xlen));

    int other = uds_socket(SOCK_DGRAM);
    observe_call(connect(other, (struct sockaddr *)&r_sa, rlen));
}
