/*
 * sendto() with an explicit address on a connected datagram socket: an
 * error (EISCONN), or a datagram to the address given, or to the peer?
 *
 * S is connected to P; it sends to Q with sendto(). unix(7) lists EISCONN
 * for a target address on a connected socket; Linux's source delivers to
 * the given address; the BSDs' sources return EISCONN.
 *
 * Covers: DGR-10, ERR-07
 * linux: unix(7) ERRORS EISCONN ("a target address was specified on a connected socket")
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_sosend_dgram (EISCONN)
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_send (EISCONN)
 * posix: sendto() ERRORS EISCONN
 */
#include "probe.h"

void probe_main(void)
{
    struct sockaddr_un p, q;
    socklen_t plen = uds_addr_path(&p, "p");
    socklen_t qlen = uds_addr_path(&q, "q");
    int rp = uds_bound(SOCK_DGRAM, "p");
    int rq = uds_bound(SOCK_DGRAM, "q");
    int s = uds_socket(SOCK_DGRAM);
    CHECK(connect(s, (struct sockaddr *)&p, plen));

    if (sendto(s, "x", 1, MSG_DONTWAIT, (struct sockaddr *)&q, qlen) < 0)
        observe("%s", errno_name(errno));
    char c;
    int at_p = recv(rp, &c, 1, MSG_DONTWAIT) == 1;
    int at_q = recv(rq, &c, 1, MSG_DONTWAIT) == 1;
    observe("delivered=%s", at_p && at_q ? "both" : at_q ? "given" : at_p ? "peer" : "none");
}
