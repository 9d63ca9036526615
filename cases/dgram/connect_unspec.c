/*
 * connect() with an address of family AF_UNSPEC dissolves a datagram
 * socket's association: what does connect() return, and what does a later
 * send() without an address give?
 *
 * Linux documents the AF_UNSPEC reset (since 2.2); after it the socket is
 * unconnected, so send() fails as on a socket never connected (ENOTCONN on
 * Linux, EDESTADDRREQ on the BSDs' sources). If connect() fails, the second
 * value shows whether the old peer is still in place.
 *
 * Covers: ADDR-24, DGR-09
 * linux: connect(2) DESCRIPTION ("sa_family member of addr set to AF_UNSPEC")
 * posix: connect() DESCRIPTION (a null address resets the peer)
 */
#include "probe.h"

#include <stdio.h>
#include <string.h>

void probe_main(void)
{
    struct sockaddr_un b;
    socklen_t blen = uds_addr_path(&b, "b");
    (void)uds_bound(SOCK_DGRAM, "b");
    int s = uds_socket(SOCK_DGRAM);
    CHECK(connect(s, (struct sockaddr *)&b, blen));

    struct sockaddr_un un;
    memset(&un, 0, sizeof un);
    un.sun_family = AF_UNSPEC;
#ifdef UDS_HAVE_SUN_LEN
    un.sun_len = sizeof un;
#endif
    char res[32];
    snprintf(res, sizeof res, "%s", call_result(connect(s, (struct sockaddr *)&un, sizeof un)));
    observe("unspec=%s,send=%s", res, io_result(send(s, "x", 1, MSG_DONTWAIT)));
}
