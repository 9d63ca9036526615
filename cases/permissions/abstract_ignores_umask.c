/*
 * The umask has no effect on an abstract socket: bound under umask 0777, it
 * can still be connected to by its owner, an unprivileged user.
 *
 * For comparison, a pathname socket bound under umask 0777 gets mode 0000,
 * and an unprivileged owner cannot connect to it (see
 * permissions/connect_no_write). Abstract names exist only on Linux.
 *
 * Covers: ABS-04, PERM-08
 * linux: unix(7) "Abstract sockets" ("the process umask(2) has no effect when binding an abstract socket")
 */
#include "fsperm.h"

void probe_main(void)
{
#ifdef __linux__
    require_unprivileged();
    umask(0777);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_abstract(&sa, "umask");
    int l = uds_socket(SOCK_STREAM);
    CHECK(bind(l, (struct sockaddr *)&sa, len));
    CHECK(listen(l, 4));

    int s = uds_socket(SOCK_STREAM);
    observe_call(connect(s, (struct sockaddr *)&sa, len));
#else
    not_applicable("abstract socket names are a Linux extension");
#endif
}
