/*
 * The mode of a new socket file is all permissions minus the umask: with
 * umask 077, which mode bits does bind() give the file?
 *
 * The value is the permission bits in octal, as stat() reports them.
 *
 * Covers: FS-13
 * linux: unix(7) "Pathname socket ownership and permissions" ("all permissions enabled, other than those that are turned off by the process umask")
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_bindat
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_bind
 * netbsd: bind(2) (the umask is honoured since NetBSD 4.0)
 */
#include "fsperm.h"

void probe_main(void)
{
    umask(0077);
    int s = uds_socket(SOCK_STREAM);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "sock");
    CHECK(bind(s, (struct sockaddr *)&sa, len));

    observe("%s", path_mode("sock"));
}
