/*
 * The address length getsockname() returns for a socket bound to the
 * 4-byte relative path "sock", bound with addrlen = offsetof(sun_path) + strlen, the NUL not covered.
 *
 * Linux adds the NUL and counts it (7); the BSD sources keep the length the
 * binder passed (6).
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
    socklen_t len = uds_addr_bytes(&sa, "sock", 4, 0);  /* offset + 4 */
    int s = uds_socket(SOCK_STREAM);
    CHECK(bind(s, (struct sockaddr *)&sa, len));

    struct sockaddr_un out;
    socklen_t got = sizeof out;
    CHECK(getsockname(s, (struct sockaddr *)&out, &got));
    observe("%u", (unsigned)got);
}
