/*
 * sendto() to a datagram socket file the caller owns but may not write
 * (mode 0555): sending a datagram needs write permission on the file.
 *
 * The sender is an unbound datagram socket; the value is the sendto result
 * ("ok" when the 4 bytes were sent).
 *
 * Covers: PERM-03, PERM-07
 * linux: unix(7) "Pathname socket ownership and permissions"; send(2) ERRORS EACCES
 * freebsd: unix(4) ADDRESSING ("the destination of a connect(2) or sendto(2) must be writable")
 * darwin: unix(4) ADDRESSING ("the destination of a connect(2) or sendto(2) must be writable")
 * openbsd: unix(4) ADDRESSING ("the destination of a connect(2) or sendto(2) must be writable")
 * netbsd: unix(4) ADDRESSING ("the destination of a connect(2) or sendto(2) must be writable")
 */
#include "fsperm.h"

void probe_main(void)
{
    require_unprivileged();
    int r = uds_bound(SOCK_DGRAM, "sock");
    (void)r;
    CHECK(chmod("sock", 0555));

    int s = uds_socket(SOCK_DGRAM);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "sock");
    observe_call(sendto(s, "data", 4, 0, (struct sockaddr *)&sa, len) < 0 ? -1 : 0);
}
