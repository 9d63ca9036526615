/*
 * Datagram boundaries are kept: two datagrams of 3 and 5 bytes come back as
 * two reads of 3 and 5 bytes, even with a buffer large enough for both.
 *
 * Covers: DGR-01, DGR-02
 * linux: unix(7) DESCRIPTION (SOCK_DGRAM "preserves message boundaries")
 * freebsd: unix(4) DESCRIPTION (SOCK_DGRAM)
 * darwin: unix(4) DESCRIPTION (SOCK_DGRAM)
 * openbsd: unix(4) DESCRIPTION (SOCK_DGRAM)
 * netbsd: unix(4) DESCRIPTION (SOCK_DGRAM)
 */
#include "probe.h"

#include <stdio.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_DGRAM, sv);
    CHECK(send(sv[0], "abc", 3, 0));
    CHECK(send(sv[0], "defgh", 5, 0));

    char buf[64];
    ssize_t a = recv(sv[1], buf, sizeof buf, MSG_DONTWAIT);
    char first[16];
    snprintf(first, sizeof first, "%s", io_result(a));
    ssize_t b = recv(sv[1], buf, sizeof buf, MSG_DONTWAIT);
    observe("first=%s,second=%s", first, io_result(b));
}
