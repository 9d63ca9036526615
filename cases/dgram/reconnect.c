/*
 * A datagram socket may connect() again to change its peer: after
 * connecting to B and then to C, send() goes to C and no longer to B.
 *
 * Covers: ADDR-25, DGR-11
 * linux: connect(2) DESCRIPTION ("connectionless ... may use connect() multiple times to change their association")
 * posix: connect() DESCRIPTION (connectionless sockets may change their peer)
 */
#include "probe.h"

#include <stdio.h>

void probe_main(void)
{
    struct sockaddr_un b, c;
    socklen_t blen = uds_addr_path(&b, "b");
    socklen_t clen = uds_addr_path(&c, "c");
    int rb = uds_bound(SOCK_DGRAM, "b");
    int rc = uds_bound(SOCK_DGRAM, "c");
    int s = uds_socket(SOCK_DGRAM);
    CHECK(connect(s, (struct sockaddr *)&b, blen));

    int again = connect(s, (struct sockaddr *)&c, clen);
    char res[32];
    snprintf(res, sizeof res, "%s", call_result(again));
    if (send(s, "x", 1, MSG_DONTWAIT) < 0)
        observe("reconnect=%s,send=%s", res, errno_name(errno));

    char buf[4];
    int at_b = recv(rb, buf, sizeof buf, MSG_DONTWAIT) >= 0;
    int at_c = recv(rc, buf, sizeof buf, MSG_DONTWAIT) >= 0;
    observe("reconnect=%s,delivered=%s", res,
            at_b && at_c ? "both" : at_c ? "new" : at_b ? "old" : "none");
}
