/*
 * ioctl(SIOCINQ) on a stream socket with 5 unread bytes returns 5.
 *
 * SIOCINQ lives in <linux/sockios.h>, which some C libraries (musl) do not
 * ship; then the probe is n/a.
 *
 * Covers: IOCTL-01
 * linux: unix(7) Ioctls SIOCINQ
 */
#include "kconst.h"

void probe_main(void)
{
#ifdef SIOCINQ
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    if (send(sv[0], "hello", 5, 0) != 5)
        setup_failed("send");
    int n = -1;
    if (ioctl(sv[1], SIOCINQ, &n) < 0)
        observe_errno(errno);
    observe("%d", n);
#else
    not_applicable("SIOCINQ not defined");
#endif
}
