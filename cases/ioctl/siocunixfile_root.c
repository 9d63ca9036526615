/*
 * ioctl(SIOCUNIXFILE) as root on a socket bound to a path: does it return
 * an O_PATH descriptor for the socket file?
 *
 * The kernel requires CAP_NET_ADMIN, which root has. Reports "ok" when the
 * returned descriptor is a socket file (checked with fstat), "ok_not_socket"
 * otherwise, or the errno name.
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
