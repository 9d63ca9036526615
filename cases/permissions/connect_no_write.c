/*
 * connect() to a socket file the caller owns but may not write (mode 0555):
 * write permission on the socket file is what connecting needs.
 *
 * The probe runs as an unprivileged user that owns the file; the value is
 * the connect result.
 *
 * Covers: PERM-02, PERM-07, FS-16, ERR-25
 * Types: stream, dgram, seqpacket
 * linux: unix(7) "Pathname socket ownership and permissions"; connect(2) ERRORS EACCES
 * freebsd: unix(4) ADDRESSING ("the destination of a connect(2) or sendto(2) must be writable")
 * darwin: unix(4) ADDRESSING ("the destination of a connect(2) or sendto(2) must be writable")
 * openbsd: unix(4) ADDRESSING ("the destination of a connect(2) or sendto(2) must be writable")
 * netbsd: unix(4) ADDRESSING ("the destination of a connect(2) or sendto(2) must be writable")
 * posix: connect() ERRORS EACCES
 */
#include "fsperm.h"

void probe_main(void)
{
    require_unprivileged();
    int l = uds_listener(PROBE_TYPE, "sock", 4);
    (void)l;
    CHECK(chmod("sock", 0555));

    int s = uds_socket(PROBE_TYPE);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "sock");
    observe_call(connect(s, (struct sockaddr *)&sa, len));
}
