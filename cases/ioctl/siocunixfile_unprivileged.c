/*
 * ioctl(SIOCUNIXFILE) without privilege on a socket bound to a path: which
 * error, when the caller lacks CAP_NET_ADMIN?
 *
 * Reports the errno name, or "ok" / "ok_not_socket" if a descriptor came
 * back anyway.
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
    require_unprivileged();
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
