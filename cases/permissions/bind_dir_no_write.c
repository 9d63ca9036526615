/*
 * bind() in a directory the caller may search but not write (mode 0500).
 *
 * The directory belongs to the caller, an unprivileged user; the value is
 * the bind result.
 *
 * Covers: PERM-01, FS-06
 * linux: unix(7) "Pathname socket ownership and permissions" (creation needs write and search permission on the directory)
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_bindat (VOP_CREATE)
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_bind (KAUTH_VNODE_ADD_FILE)
 */
#include "fsperm.h"

void probe_main(void)
{
    require_unprivileged();
    CHECK(mkdir("d", 0700));
    CHECK(chmod("d", 0500));

    int s = uds_socket(SOCK_STREAM);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "d/sock");
    int rc = bind(s, (struct sockaddr *)&sa, len);
    int err = rc < 0 ? errno : 0;
    chmod("d", 0700); /* let the scratch directory be removed */
    observe_errno(err);
}
