/*
 * ioctl(SIOCUNIXFILE) as root on a socket that was never bound: which error?
 *
 * With the capability check passed, an unbound (or abstract) socket has no
 * file to open. (How SIOCUNIXFILE is found: harness/kconst.h.)
 *
 * Covers: IOCTL-07
 * linux: source-derived, net/unix/af_unix.c unix_open_file
 */
#include "kconst.h"

void probe_main(void)
{
#ifdef SIOCUNIXFILE
    require_root();
    int s = uds_socket(SOCK_STREAM);
    int fd = ioctl(s, SIOCUNIXFILE, 0);
    if (fd < 0)
        observe_errno(errno);
    observe("ok");
#else
    not_applicable("SIOCUNIXFILE not available");
#endif
}
