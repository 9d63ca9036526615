/*
 * ioctl(FIONSPACE) on a fresh connected stream socket: how much free space
 * does the send queue report?
 *
 * The number follows the buffer sysctls; it is reported as is.
 *
 * Covers: IOCTL-05, SYSCTL-04
 * freebsd: unix(4) BUFFERING; ioctl FIONSPACE in sys/sys/filio.h
 */
#include "probe.h"

#include <sys/ioctl.h>

void probe_main(void)
{
#ifdef FIONSPACE
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    int n = -1;
    if (ioctl(sv[0], FIONSPACE, &n) < 0)
        observe_errno(errno);
    observe("%d", n);
#else
    not_applicable("FIONSPACE not defined");
#endif
}
