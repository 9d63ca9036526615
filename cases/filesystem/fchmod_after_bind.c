/*
 * fchmod() on the descriptor of a socket that is already bound to a path:
 * is the call accepted? The value is its result.
 *
 * FreeBSD refuses it (EINVAL) since fchmod on sockets was added for the
 * before-bind case. Whether the file's mode changes is a separate probe,
 * filesystem/fchmod_after_bind_file_mode.
 *
 * Covers: FS-15
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_chmod
 */
#include "fsperm.h"

void probe_main(void)
{
    umask(022);
    int s = uds_bound(SOCK_STREAM, "sock");

    observe_call(fchmod(s, 0600));
}
