/*
 * connect() from a stream socket to a bound datagram socket.
 *
 * Covers: STR-13, ERR-16
 * linux: unix(7) ERRORS EPROTOTYPE; connect(2) ERRORS EPROTOTYPE
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_connectat (EPROTOTYPE)
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_connect (EPROTOTYPE)
 * posix: connect() ERRORS EPROTOTYPE
 */
#include "probe.h"

void probe_main(void)
{
    uds_bound(SOCK_DGRAM, "d");
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "d");
    int c = uds_socket(SOCK_STREAM);
    CHECK(set_nonblocking(c, 1));
    observe_call(connect(c, (struct sockaddr *)&sa, len));
}
