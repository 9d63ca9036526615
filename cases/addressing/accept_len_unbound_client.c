/*
 * The address length accept() returns for a stream client that never bound
 * a name.
 *
 * unix(7): such a client is unnamed, and an unnamed address is returned with
 * length sizeof(sa_family_t). The BSD sources return sun_noname, a 16-byte
 * sockaddr. The value is the returned length in decimal.
 *
 * Covers: ADDR-12, ADDR-10
 * linux: unix(7) "Address format", unnamed
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_accept (sun_noname)
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_accept (sun_noname)
 */
#include "probe.h"

void probe_main(void)
{
    int l = uds_listener(SOCK_STREAM, "srv", 4);
    int c = uds_connect_to(SOCK_STREAM, "srv");
    (void)c;

    struct sockaddr_un out;
    socklen_t got = sizeof out;
    CHECK(accept(l, (struct sockaddr *)&out, &got));
    observe("%u", (unsigned)got);
}
