/*
 * connect() to a bound stream socket that is not listening.
 *
 * Covers: STR-07
 * linux: unix(7) ERRORS ECONNREFUSED; connect(2) ERRORS ECONNREFUSED
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_connectat
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_connect
 * posix: connect() ERRORS ECONNREFUSED
 */
#include "probe.h"

void probe_main(void)
{
    uds_bound(SOCK_STREAM, "s");
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "s");
    int c = uds_socket(SOCK_STREAM);
    CHECK(set_nonblocking(c, 1));
    observe_call(connect(c, (struct sockaddr *)&sa, len));
}
