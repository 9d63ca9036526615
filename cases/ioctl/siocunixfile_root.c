/*
 * ioctl(SIOCUNIXFILE) as root on a socket bound to a path: does it return
 * an O_PATH descriptor for the socket file?
 *
 * The kernel requires CAP_NET_ADMIN, which root has. Reports "ok" when the
 * returned descriptor is a socket file (checked with fstat), "ok_not_socket"
 * otherwise, or the errno name.
 *
 * How SIOCUNIXFILE is found: harness/kconst.h.
 *
 * Covers: IOCTL-07
 * linux: source-derived, net/unix/af_unix.c unix_open_file
 */
#include "kconst.h"

#include <sys/stat.h>

void probe_main(void)
{
#ifdef SIOCUNIXFILE
    require_root();
    int s = uds_bound(SOCK_STREAM, "s");
    int fd = ioctl(s, SIOCUNIXFILE, 0);
    if (fd < 0)
        observe_errno(errno);
    struct stat st;
    CHECK(fstat(fd, &st));
    observe("%s", S_ISSOCK(st.st_mode) ? "ok" : "ok_not_socket");
#else
    not_applicable("SIOCUNIXFILE not available");
#endif
}
