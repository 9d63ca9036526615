/*
 * The address length getpeername() returns on a stream client connected to
 * a listener bound to the 4-byte relative path "sock".
 *
 * The listener binds with addrlen = sizeof(struct sockaddr_un), the simple
 * form unix(7) allows. Linux returns offsetof + strlen + 1 (7); the BSD
 * sources return the address as the binder passed it (sizeof(struct
 * sockaddr_un)). The value is the returned length in decimal.
 *
 * Covers: ADDR-09
 * linux: unix(7) "Address format", pathname: offsetof + strlen + 1
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_peeraddr
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_peeraddr
 */
#include "probe.h"

void probe_main(void)
{
    struct sockaddr_un sa;
    uds_addr_bytes(&sa, "sock", 4, 1);
#ifdef UDS_HAVE_SUN_LEN
    sa.sun_len = sizeof sa;
#endif
    int l = uds_socket(SOCK_STREAM);
    CHECK(bind(l, (struct sockaddr *)&sa, sizeof sa));
    CHECK(listen(l, 4));
    int c = uds_connect_to(SOCK_STREAM, "sock");

    struct sockaddr_un out;
    socklen_t got = sizeof out;
    CHECK(getpeername(c, (struct sockaddr *)&out, &got));
    observe("%u", (unsigned)got);
}
