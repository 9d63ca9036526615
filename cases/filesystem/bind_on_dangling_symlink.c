/*
 * bind() where the last path component is a dangling symbolic link (its
 * target does not exist): does bind fail on the link (EADDRINUSE), or follow
 * it and create the socket at the target ("ok")?
 *
 * Covers: FS-05
 * linux: source-derived, net/unix/af_unix.c unix_bind_bsd (kern_path_create gives EEXIST)
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_bindat (lookup with NOFOLLOW)
 */
#include "fsperm.h"

void probe_main(void)
{
    CHECK(symlink("nowhere", "link"));

    int s = uds_socket(SOCK_STREAM);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "link");
    observe_call(bind(s, (struct sockaddr *)&sa, len));
}
