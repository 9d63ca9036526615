/*
 * recvfrom() on a datagram from an unbound sender: the address length
 * returned, relative to offsetof(struct sockaddr_un, sun_path), and the
 * family in it.
 *
 * Linux documents an unnamed address as just the family (length
 * sizeof(sa_family_t), "off"). The BSDs return a placeholder "no name"
 * sockaddr whose length is sizeof(struct sockaddr). The buffer is
 * pre-filled with 0xff to see what the kernel wrote.
 *
 * Covers: DGR-17, ADDR-10
 * linux: unix(7) Address format (unnamed: addrlen is sizeof(sa_family_t))
 * freebsd: source-derived, sys/kern/uipc_usrreq.c sun_noname
 * darwin: source-derived, bsd/kern/uipc_usrreq.c sun_noname
 */
#include "dgram.h"

#include <string.h>

void probe_main(void)
{
    struct sockaddr_un to;
    socklen_t tolen = uds_addr_path(&to, "r");
    int r = uds_bound(SOCK_DGRAM, "r");
    int s = uds_socket(SOCK_DGRAM);
    CHECK(sendto(s, "x", 1, 0, (struct sockaddr *)&to, tolen));

    union { struct sockaddr_un un; char pad[512]; } from;
    memset(&from, 0xff, sizeof from);
    socklen_t fromlen = sizeof from;
    char c;
    CHECK(recvfrom(r, &c, 1, MSG_DONTWAIT, (struct sockaddr *)&from, &fromlen));

    const char *fam = fromlen < sun_path_offset() ? "none"
                    : from.un.sun_family == AF_UNIX ? "AF_UNIX" : "other";
    observe("len=%s,family=%s", dgram_len_rel(fromlen), fam);
}
