/*
 * connect() to a socket file the caller may write but not read (mode 0222):
 * read permission on the socket file is not needed.
 *
 * The old unix(7) said read/write permission was needed; the current page
 * says write only. The value is the connect result.
 *
 * Covers: PERM-04, PERM-02
 * Types: stream, dgram, seqpacket
 * linux: unix(7) "Pathname socket ownership and permissions" (write permission)
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_connectat (VWRITE only)
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_connect (KAUTH_VNODE_WRITE_DATA only)
 */
#include "fsperm.h"

void probe_main(void)
{
    require_unprivileged();
    int l = uds_listener(PROBE_TYPE, "sock", 4);
    (void)l;
    CHECK(chmod("sock", 0222));

    int s = uds_socket(PROBE_TYPE);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "sock");
    observe_call(connect(s, (struct sockaddr *)&sa, len));
}
