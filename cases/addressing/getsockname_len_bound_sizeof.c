/*
 * The address length getsockname() returns for a socket bound to the
 * 4-byte relative path "sock", bound with addrlen = sizeof(struct sockaddr_un), the simple form unix(7) allows.
 *
 * Linux recomputes the length from the name (the unix(7) formula gives 7); the
 * BSD sources keep the length the binder passed, sizeof(struct sockaddr_un).
 * offsetof(sun_path) is 2 on every known system, so 7 means "offset + strlen
 * + 1" and 6 "offset + strlen". The buffer passed is sizeof(struct
 * sockaddr_un); the value is the returned length in decimal.
 *
 * Covers: ADDR-09, ADDR-13
 * linux: unix(7) "Address format", pathname: offsetof + strlen + 1
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_sockaddr (copy of the bound address)
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_sockaddr (copy of the bound address)
 */
#include "probe.h"

void probe_main(void)
{
    struct sockaddr_un sa;
    uds_addr_bytes(&sa, "sock", 4, 1);                   /* zero-filled to the end */
    socklen_t len = sizeof sa;
#ifdef UDS_HAVE_SUN_LEN
    sa.sun_len = (unsigned char)len;
#endif
    int s = uds_socket(SOCK_STREAM);
    CHECK(bind(s, (struct sockaddr *)&sa, len));

    struct sockaddr_un out;
    socklen_t got = sizeof out;
    CHECK(getsockname(s, (struct sockaddr *)&out, &got));
    observe("%u", (unsigned)got);
}
