/*
 * ioctl(FIONREAD) on a listening socket: an error (EINVAL) or a count?
 *
 * Covers: IOCTL-01
 * Types: stream, seqpacket
 * linux: unix(7) Ioctls SIOCINQ ("EINVAL for a listening socket")
 */
#include "probe.h"

#include <sys/ioctl.h>

void probe_main(void)
{
    int l = uds_listener(PROBE_TYPE, "l", 4);
    int n = -1;
    if (ioctl(l, FIONREAD, &n) < 0)
        observe_errno(errno);
    observe("%d", n);
}
