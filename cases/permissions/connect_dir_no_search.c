/*
 * connect() to a socket whose directory the caller may read and write but
 * not search (mode 0600): search permission is needed on every directory of
 * the path.
 *
 * Covers: PERM-05
 * linux: connect(2) ERRORS EACCES (search permission denied on a component of the path prefix)
 * posix: connect() ERRORS EACCES
 */
#include "fsperm.h"

void probe_main(void)
{
    require_unprivileged();
    CHECK(mkdir("d", 0700));
    int l = uds_listener(SOCK_STREAM, "d/sock", 4);
    (void)l;
    CHECK(chmod("d", 0600));

    int s = uds_socket(SOCK_STREAM);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "d/sock");
    int rc = connect(s, (struct sockaddr *)&sa, len);
    int err = rc < 0 ? errno : 0;
    chmod("d", 0700); /* let the scratch directory be removed */
    observe_errno(err);
}
