/*
 * bind() a socket that is already bound to "first" to a second path.
 *
 * bind(2) documents EINVAL for an already bound socket; the BSD sources
 * agree. "EINVAL" also means no file "second" was kept; the value is the
 * result of the second bind().
 *
 * Covers: FS-07, ERR-06
 * linux: bind(2) ERRORS EINVAL ("The socket is already bound to an address")
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_bind
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_bind
 * posix: bind() ERRORS EINVAL
 */
#include "probe.h"

void probe_main(void)
{
    int s = uds_bound(SOCK_STREAM, "first");
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "second");

    observe_call(bind(s, (struct sockaddr *)&sa, len));
}
