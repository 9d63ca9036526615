/*
 * connect() to a pathname that does not exist.
 *
 * Covers: ERR-09
 * linux: unix(7) ERRORS ENOENT ("the pathname in the remote address ... did not exist")
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_connectat
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_connect
 * posix: connect() ERRORS ENOENT
 * Types: stream, dgram, seqpacket
 */
#include "probe.h"

void probe_main(void)
{
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "missing");
    int s = uds_socket(PROBE_TYPE);

    observe_call(connect(s, (struct sockaddr *)&sa, len));
}
