/*
 * connect() to a stale socket file, whose socket has been closed: the file
 * is still there but no socket is attached to it.
 *
 * Covers: FS-11, FS-02
 * Types: stream, dgram, seqpacket
 * linux: source-derived, net/unix/af_unix.c unix_find_bsd
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_connectat
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_connect
 */
#include "fsperm.h"

void probe_main(void)
{
    CHECK(close(uds_listener(PROBE_TYPE, "sock", 1)));

    int s = uds_socket(PROBE_TYPE);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "sock");
    observe_call(connect(s, (struct sockaddr *)&sa, len));
}
