/*
 * ioctl(FIONREAD) on a socket with two messages of 3 and 5 bytes queued:
 * the size of the next message (3) or all queued bytes (8)?
 *
 * For a stream the boundary does not exist and 8 is the only sensible
 * answer; for datagrams the newest unix(7) says FIONREAD behaves as for
 * UDP (the next datagram), while some kernels count every queued byte.
 *
 * Covers: IOCTL-01, IOCTL-02, IOCTL-03
 * Types: stream, dgram, seqpacket
 * linux: unix(7) Ioctls SIOCINQ; udp(7) Ioctls FIONREAD
 */
#include "probe.h"

#include <sys/ioctl.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    if (send(sv[0], "abc", 3, 0) != 3 || send(sv[0], "defgh", 5, 0) != 5)
        setup_failed("send");

    int n = -1;
    if (ioctl(sv[1], FIONREAD, &n) < 0)
        observe_errno(errno);
    observe("%d", n);
}
