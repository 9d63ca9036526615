/*
 * The address length getsockname() returns for a fresh socket that was
 * never bound or connected.
 *
 * unix(7): an unnamed address is returned with length sizeof(sa_family_t).
 * The BSD sources return sun_noname, a 16-byte sockaddr. The value is the
 * returned length in decimal.
 *
 * Covers: ADDR-10
 * Types: stream, dgram
 * linux: unix(7) "Address format", unnamed
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_sockaddr (sun_noname)
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_sockaddr (sun_noname)
 */
#include "probe.h"

void probe_main(void)
{
    int s = uds_socket(PROBE_TYPE);

    struct sockaddr_un out;
    socklen_t got = sizeof out;
    CHECK(getsockname(s, (struct sockaddr *)&out, &got));
    observe("%u", (unsigned)got);
}
