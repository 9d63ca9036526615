/*
 * The address length recvfrom() returns for a datagram whose sender is
 * bound to the 4-byte relative path "sock".
 *
 * The sender binds with addrlen = sizeof(struct sockaddr_un), the simple
 * form unix(7) allows. Linux returns offsetof + strlen + 1 (7); the BSD
 * sources return the address as the binder passed it (sizeof(struct
 * sockaddr_un)). The value is the returned length in decimal.
 *
 * Covers: ADDR-09
 * linux: unix(7) "Address format", pathname: offsetof + strlen + 1
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_send (unp_addr as the source)
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_send (unp_addr as the source)
 */
#include "probe.h"

void probe_main(void)
{
    int r = uds_bound(SOCK_DGRAM, "rcv");

    struct sockaddr_un sa;
    uds_addr_bytes(&sa, "sock", 4, 1);
#ifdef UDS_HAVE_SUN_LEN
    sa.sun_len = sizeof sa;
#endif
    int s = uds_socket(SOCK_DGRAM);
    CHECK(bind(s, (struct sockaddr *)&sa, sizeof sa));
    socklen_t len = uds_addr_path(&sa, "rcv");
    CHECK(sendto(s, "x", 1, 0, (struct sockaddr *)&sa, len));

    char buf[4];
    struct sockaddr_un out;
    socklen_t got = sizeof out;
    CHECK(recvfrom(r, buf, sizeof buf, 0, (struct sockaddr *)&out, &got));
    observe("%u", (unsigned)got);
}
