/*
 * bind() a new socket to the path of a closed socket: the stale file is still
 * there, so the bind fails (EADDRINUSE) until someone unlinks it.
 *
 * Covers: FS-02, FS-04
 * Types: stream, dgram
 * linux: unix(7) ERRORS EADDRINUSE ("the filesystem socket object already exists")
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_bindat
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_bind
 */
#include "fsperm.h"

void probe_main(void)
{
    CHECK(close(uds_bound(PROBE_TYPE, "sock")));

    int s = uds_socket(PROBE_TYPE);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "sock");
    observe_call(bind(s, (struct sockaddr *)&sa, len));
}
