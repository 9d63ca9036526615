/*
 * A seqpacket connection through bind/listen/connect/accept carries a
 * record from the client to the accepted socket.
 *
 * Token "connect=R,accept=R,read=N".
 *
 * Covers: SEQ-02, SEQ-01
 * linux: unix(7) DESCRIPTION (SOCK_SEQPACKET is connection-oriented); EXAMPLES
 */
#include "probe.h"

#include <stdio.h>

void probe_main(void)
{
    int l = uds_listener(SOCK_SEQPACKET, "l", 4);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "l");
    int c = uds_socket(SOCK_SEQPACKET);
    CHECK(set_nonblocking(c, 1));
    CHECK(set_nonblocking(l, 1));
    char cr[32], ar[32];
    snprintf(cr, sizeof cr, "%s", call_result(connect(c, (struct sockaddr *)&sa, len)));
    int a = accept(l, NULL, NULL);
    snprintf(ar, sizeof ar, "%s", call_result(a));
    if (a < 0)
        observe("connect=%s,accept=%s", cr, ar);
    if (send(c, "abc", 3, 0) != 3)
        setup_failed("send");
    char buf[16];
    observe("connect=%s,accept=%s,read=%s", cr, ar,
            io_result(recv(a, buf, sizeof buf, MSG_DONTWAIT)));
}
