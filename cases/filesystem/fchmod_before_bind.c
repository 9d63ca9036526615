/*
 * fchmod() on a socket that is not yet bound sets the mode its file gets at
 * bind(): with umask 022, fchmod(fd, 0600) then bind() gives a file of mode
 * 0600 if the fchmod counts, 0755 if it is ignored.
 *
 * The value is the file's permission bits in octal, or "fchmod_<errno>"
 * when fchmod() itself is refused.
 *
 * Covers: FS-14, FS-13
 * linux: source-derived, net/unix/af_unix.c unix_bind_bsd (mode from the socket inode's i_mode & ~umask)
 * freebsd: unix(4) ("Prior to binding a socket, fchmod(2) can be used to set the permissions")
 */
#include "fsperm.h"

void probe_main(void)
{
    umask(022);
    int s = uds_socket(SOCK_STREAM);
    if (fchmod(s, 0600) < 0)
        observe("fchmod_%s", errno_name(errno));
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "sock");
    CHECK(bind(s, (struct sockaddr *)&sa, len));

    observe("%s", path_mode("sock"));
}
