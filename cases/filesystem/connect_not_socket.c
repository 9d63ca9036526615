/*
 * connect() to a path that exists but is a regular file, not a socket.
 *
 * Linux documents ECONNREFUSED for this case; the BSD sources give ENOTSOCK.
 *
 * Covers: FS-09
 * Types: stream, dgram
 * linux: unix(7) ERRORS ECONNREFUSED ("can also occur if the target pathname is not a socket")
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_connectat
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_connect
 */
#include "fsperm.h"

void probe_main(void)
{
    make_plain_file("plain");

    int s = uds_socket(PROBE_TYPE);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "plain");
    observe_call(connect(s, (struct sockaddr *)&sa, len));
}
