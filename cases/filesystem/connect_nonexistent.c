/*
 * connect() to a path that does not exist.
 *
 * Covers: FS-10
 * Types: stream, dgram
 * linux: unix(7) ERRORS ENOENT
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_connectat
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_connect
 * posix: connect() ERRORS ENOENT
 */
#include "fsperm.h"

void probe_main(void)
{
    int s = uds_socket(PROBE_TYPE);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "absent");
    observe_call(connect(s, (struct sockaddr *)&sa, len));
}
