/*
 * connect() a connected socket again, to the same listener.
 *
 * Covers: STR-11, ERR-07
 * linux: unix(7) ERRORS EISCONN; connect(2) ERRORS EISCONN
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_connectat
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_connect
 * posix: connect() ERRORS EISCONN
 * Types: stream, seqpacket
 */
#include "probe.h"

void probe_main(void)
{
    int l = uds_listener(PROBE_TYPE, "s", 4);
    (void)l;
    int c = uds_connect_to(PROBE_TYPE, "s");
    if (set_nonblocking(c, 1) < 0)
        setup_failed("fcntl");

    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "s");

    observe_call(connect(c, (struct sockaddr *)&sa, len));
}
