/*
 * The address length getsockname() returns for a socket made by
 * socketpair().
 *
 * unix(7): both sockets of a pair are unnamed, and an unnamed address is
 * returned with length sizeof(sa_family_t). The BSD sources return
 * sun_noname, a 16-byte sockaddr. The value is the returned length in
 * decimal.
 *
 * Covers: ADDR-11, ADDR-10
 * Types: stream, dgram, seqpacket
 * linux: unix(7) "Address format", unnamed
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_sockaddr (sun_noname)
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_sockaddr (sun_noname)
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);

    struct sockaddr_un out;
    socklen_t got = sizeof out;
    CHECK(getsockname(sv[0], (struct sockaddr *)&out, &got));
    observe("%u", (unsigned)got);
}
