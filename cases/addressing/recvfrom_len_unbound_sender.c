/*
 * The address length recvfrom() returns for a datagram sent by a socket that
 * never bound a name (sendto() with an explicit destination).
 *
 * unix(7) says an unnamed address comes back with length
 * sizeof(sa_family_t). Linux does not autobind such a sender (no
 * SO_PASSCRED), and its receive path copies no address at all, which leaves
 * the length at 0. The BSD sources return sun_noname, a 16-byte sockaddr.
 * The value is the returned length in decimal.
 *
 * Covers: ADDR-10, AUTO-06
 * linux: unix(7) "Address format", unnamed
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_send (sun_noname)
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_send (sun_noname)
 */
#include "probe.h"

#include <string.h>

void probe_main(void)
{
    int r = uds_bound(SOCK_DGRAM, "rcv");
    int s = uds_socket(SOCK_DGRAM);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "rcv");
    CHECK(sendto(s, "x", 1, 0, (struct sockaddr *)&sa, len));

    char buf[4];
    struct sockaddr_un out;
    memset(&out, 0, sizeof out);
    socklen_t got = sizeof out;
    CHECK(recvfrom(r, buf, sizeof buf, 0, (struct sockaddr *)&out, &got));
    observe("%u", (unsigned)got);
}
