/*
 * sendto() to a datagram socket file the caller may write but not read
 * (mode 0222): read permission is not needed to send.
 *
 * The sender is an unbound datagram socket; the value is the sendto result
 * ("ok" when the 4 bytes were sent).
 *
 * Covers: PERM-03, PERM-04
 * linux: unix(7) "Pathname socket ownership and permissions" (write permission)
 */
#include "fsperm.h"

void probe_main(void)
{
    require_unprivileged();
    int r = uds_bound(SOCK_DGRAM, "sock");
    (void)r;
    CHECK(chmod("sock", 0222));

    int s = uds_socket(SOCK_DGRAM);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "sock");
    observe_call(sendto(s, "data", 4, 0, (struct sockaddr *)&sa, len) < 0 ? -1 : 0);
}
