/*
 * connect() with AF_INET in sun_family to the path of a live listener.
 *
 * unix(7) ERRORS gives EINVAL for a sun_family that is not AF_UNIX; the BSD
 * sources give EAFNOSUPPORT. The datagram case differs from AF_UNSPEC,
 * which dissolves an association and is probed elsewhere. The value is the
 * result of connect().
 *
 * Covers: ADDR-19, ERR-06
 * Types: stream, dgram
 * linux: unix(7) ERRORS EINVAL
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_connect
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_connect
 * posix: connect() ERRORS EAFNOSUPPORT
 */
#include "probe.h"

#include <netinet/in.h>

void probe_main(void)
{
    int l = uds_listener(PROBE_TYPE, "srv", 4);
    (void)l;
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "srv");
    sa.sun_family = AF_INET;
    int c = uds_socket(PROBE_TYPE);

    observe_call(connect(c, (struct sockaddr *)&sa, len));
}
