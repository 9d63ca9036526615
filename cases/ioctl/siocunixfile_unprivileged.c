/*
 * ioctl(SIOCUNIXFILE) without privilege on a socket bound to a path: which
 * error, when the caller lacks CAP_NET_ADMIN?
 *
 * Reports the errno name, or "ok" / "ok_not_socket" if a descriptor came
 * back anyway.
 *
 * SIOCUNIXFILE is SIOCPROTOPRIVATE + 0 in <linux/un.h>, which cannot be
 * included next to <sys/un.h>; it is derived from <linux/sockios.h>.
 *
 * Covers: IOCTL-07
 * linux: source-derived, net/unix/af_unix.c unix_open_file
 */
#include "probe.h"

#include <sys/ioctl.h>
#include <sys/stat.h>
#if defined(__linux__) && defined(__has_include)
#if __has_include(<linux/sockios.h>)
#include <linux/sockios.h>
#endif
#endif

#if defined(__linux__) && !defined(SIOCUNIXFILE) && defined(SIOCPROTOPRIVATE)
#define SIOCUNIXFILE (SIOCPROTOPRIVATE + 0)
#endif

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
