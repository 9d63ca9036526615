/*
 * connect() to a socket that is bound but does not listen.
 *
 * Covers: ERR-03, STR-07
 * linux: unix(7) ERRORS ECONNREFUSED ("was not a listening socket")
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_connectat
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_connect
 * posix: connect() ERRORS ECONNREFUSED
 * Types: stream, seqpacket
 */
#include "probe.h"

void probe_main(void)
{
    int server = uds_bound(PROBE_TYPE, "s");
    (void)server;

    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "s");
    int client = uds_socket(PROBE_TYPE);

    observe_call(connect(client, (struct sockaddr *)&sa, len));
}
