/*
 * ioctl(SIOCUNIXFILE) as root on a socket that was never bound: which error?
 *
 * With the capability check passed, an unbound (or abstract) socket has no
 * file to open. SIOCUNIXFILE is SIOCPROTOPRIVATE + 0 in <linux/un.h>, which
 * cannot be included next to <sys/un.h>, so it is derived from
 * SIOCPROTOPRIVATE in <linux/sockios.h>.
 *
 * Covers: IOCTL-07
 * linux: source-derived, net/unix/af_unix.c unix_open_file
 */
#include "probe.h"

#include <sys/ioctl.h>
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
    int s = uds_socket(SOCK_STREAM);
    int fd = ioctl(s, SIOCUNIXFILE, 0);
    if (fd < 0)
        observe_errno(errno);
    observe("ok");
#else
    not_applicable("SIOCUNIXFILE not available");
#endif
}
