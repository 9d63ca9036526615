/*
 * The address length accept() returns for a stream client that bound itself
 * to the 4-byte relative path "sock" before connecting.
 *
 * The client binds with addrlen = sizeof(struct sockaddr_un), the simple
 * form unix(7) allows. Linux returns offsetof + strlen + 1 (7); the BSD
 * sources return the address as the binder passed it (sizeof(struct
 * sockaddr_un)). The value is the returned length in decimal.
 *
 * Covers: ADDR-09
 * linux: unix(7) "Address format", pathname: offsetof + strlen + 1
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_accept
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_accept
 */
#include "probe.h"

void probe_main(void)
{
    int l = uds_listener(SOCK_STREAM, "srv", 4);

    struct sockaddr_un sa;
    uds_addr_bytes(&sa, "sock", 4, 1);
#ifdef UDS_HAVE_SUN_LEN
    sa.sun_len = sizeof sa;
#endif
    int c = uds_socket(SOCK_STREAM);
    CHECK(bind(c, (struct sockaddr *)&sa, sizeof sa));
    uds_addr_path(&sa, "srv");
    CHECK(connect(c, (struct sockaddr *)&sa, sizeof sa));

    struct sockaddr_un out;
    socklen_t got = sizeof out;
    CHECK(accept(l, (struct sockaddr *)&out, &got));
    observe("%u", (unsigned)got);
}
