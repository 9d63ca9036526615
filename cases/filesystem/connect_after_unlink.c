/*
 * After the path of a live, bound socket is unlinked, a new connect() to that
 * path fails: the name is gone (ENOENT), although the socket still exists.
 *
 * Covers: FS-03, FS-10
 * Types: stream, dgram, seqpacket
 * linux: unix(7) ERRORS ENOENT
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_connectat
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_connect
 */
#include "fsperm.h"

void probe_main(void)
{
    int l = uds_listener(PROBE_TYPE, "sock", 4); /* stays open */
    (void)l;
    CHECK(unlink("sock"));

    int s = uds_socket(PROBE_TYPE);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "sock");
    observe_call(connect(s, (struct sockaddr *)&sa, len));
}
