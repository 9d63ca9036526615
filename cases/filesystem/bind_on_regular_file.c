/*
 * bind() to a path where a regular file already exists: bind never replaces
 * an existing name, whatever its type.
 *
 * Covers: FS-04
 * linux: unix(7) ERRORS EADDRINUSE ("the filesystem socket object already exists")
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_bindat
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_bind
 * posix: bind() ERRORS EADDRINUSE
 */
#include "fsperm.h"

void probe_main(void)
{
    make_plain_file("file");

    int s = uds_socket(SOCK_STREAM);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "file");
    observe_call(bind(s, (struct sockaddr *)&sa, len));
}
