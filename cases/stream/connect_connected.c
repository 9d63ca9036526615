/*
 * connect() again on a stream socket that is already connected.
 *
 * Covers: STR-11
 * linux: unix(7) ERRORS EISCONN; connect(2) ERRORS EISCONN
 * freebsd: source-derived, sys/kern/uipc_socket.c soconnect (EISCONN)
 * darwin: source-derived, bsd/kern/uipc_socket.c soconnect (EISCONN)
 * posix: connect() ERRORS EISCONN
 */
#include "probe.h"

void probe_main(void)
{
    int l = uds_listener(SOCK_STREAM, "l", 4);
    (void)l;
    int c = uds_connect_to(SOCK_STREAM, "l");
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "l");
    CHECK(set_nonblocking(c, 1));
    observe_call(connect(c, (struct sockaddr *)&sa, len));
}
