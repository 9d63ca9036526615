/*
 * bind() a socket that is already bound, to a second path.
 *
 * Covers: ERR-06
 * linux: unix(7) ERRORS EINVAL ("invalid state"); bind(2) ERRORS EINVAL ("already bound")
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_bindat
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_bind
 * posix: bind() ERRORS EINVAL
 * Types: stream, dgram
 */
#include "probe.h"

void probe_main(void)
{
    int s = uds_bound(PROBE_TYPE, "first");

    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "second");

    observe_call(bind(s, (struct sockaddr *)&sa, len));
}
