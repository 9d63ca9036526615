/*
 * bind() a second socket to a pathname that another socket is bound to.
 *
 * The first bind creates the socket file; the second finds the path taken.
 *
 * Covers: ERR-01
 * linux: unix(7) ERRORS EADDRINUSE ("the filesystem socket object already exists")
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_bind
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_bind
 * posix: bind() ERRORS EADDRINUSE
 * Types: stream, dgram, seqpacket
 */
#include "probe.h"

void probe_main(void)
{
    int first = uds_bound(PROBE_TYPE, "s");
    (void)first;

    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "s");
    int second = uds_socket(PROBE_TYPE);

    observe_call(bind(second, (struct sockaddr *)&sa, len));
}
