/*
 * sendto() with a destination address on a connected stream socket:
 * EISCONN, or the address is ignored ("ok")?
 *
 * The address given is the listener's own path.
 *
 * Covers: STR-20
 * linux: unix(7) ERRORS EISCONN ("a target address was specified on a connected socket")
 * freebsd: source-derived, sys/kern/uipc_usrreq.c (the address is ignored on a connected stream)
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_send (ignored when connected)
 */
#include "probe.h"

void probe_main(void)
{
    int c, s;
    uds_connected_pair(SOCK_STREAM, "l", &c, &s);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "l");
    ssize_t n = sendto(c, "x", 1, MSG_DONTWAIT, (struct sockaddr *)&sa, len);
    observe_call(n < 0 ? -1 : 0);
}
