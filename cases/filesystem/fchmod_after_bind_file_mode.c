/*
 * fchmod() on the descriptor of a socket already bound to a path: does the
 * socket file's mode change?
 *
 * With umask 022 the file starts as 0755; after fchmod(fd, 0600) the value
 * is the file's mode in octal (still 0755 when fchmod only touches the
 * socket and not the file).
 *
 * Covers: FS-15, FS-16
 */
#include "fsperm.h"

void probe_main(void)
{
    umask(022);
    int s = uds_bound(SOCK_STREAM, "sock");
    (void)fchmod(s, 0600); /* its own result is filesystem/fchmod_after_bind */

    observe("%s", path_mode("sock"));
}
