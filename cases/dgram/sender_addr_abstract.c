/*
 * recvfrom() on a datagram from a sender bound to a Linux abstract name:
 * the address length returned, relative to offsetof(sun_path) plus the
 * name's length (leading NUL included), and whether the name bytes match.
 *
 * unix(7) says an abstract address is returned with the length it was bound
 * with and the name in the first addrlen - sizeof(sa_family_t) bytes of
 * sun_path; the 2010 page said sizeof(struct sockaddr_un).
 *
 * Covers: DGR-17, ABS-03
 * linux: unix(7) Address format (abstract)
 */
#include "dgram.h"

#include <stdio.h>
#include <string.h>

void probe_main(void)
{
#ifdef __linux__
    struct sockaddr_un to, me;
    socklen_t tolen = uds_addr_path(&to, "r");
    socklen_t melen = uds_addr_abstract(&me, "sender");
    int r = uds_bound(SOCK_DGRAM, "r");
    int s = uds_socket(SOCK_DGRAM);
    CHECK(bind(s, (struct sockaddr *)&me, melen));
    CHECK(sendto(s, "x", 1, 0, (struct sockaddr *)&to, tolen));

    union { struct sockaddr_un un; char pad[512]; } from;
    memset(&from, 0xff, sizeof from);
    socklen_t fromlen = sizeof from;
    char c;
    CHECK(recvfrom(r, &c, 1, MSG_DONTWAIT, (struct sockaddr *)&from, &fromlen));

    size_t namelen = melen - sun_path_offset();
    long d = (long)fromlen - (long)melen;
    char rel[32] = "off+namelen";
    if (d != 0)
        snprintf(rel, sizeof rel, "off+namelen%+ld", d);
    int match = fromlen >= melen && memcmp(from.un.sun_path, me.sun_path, namelen) == 0;
    observe("len=%s,name=%s", rel, match ? "match" : "differs");
#else
    not_applicable("abstract names are Linux-only");
#endif
}
