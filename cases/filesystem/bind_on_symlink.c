/*
 * bind() where the last path component is a symbolic link to an existing
 * regular file: the link is an existing name, so bind fails (EADDRINUSE)
 * rather than following it.
 *
 * Covers: FS-05, FS-04
 * linux: source-derived, net/unix/af_unix.c unix_bind_bsd (kern_path_create gives EEXIST)
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_bindat (lookup with NOFOLLOW)
 */
#include "fsperm.h"

void probe_main(void)
{
    make_plain_file("target");
    CHECK(symlink("target", "link"));

    int s = uds_socket(SOCK_STREAM);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "link");
    observe_call(bind(s, (struct sockaddr *)&sa, len));
}
