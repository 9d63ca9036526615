/*
 * sockatmark() on a connected pair with one ordinary byte queued.
 *
 * POSIX defines sockatmark(); on Linux it is the SIOCATMARK ioctl, which
 * AF_UNIX answers for SOCK_STREAM since 5.15 (0 here: no OOB byte). For
 * SOCK_DGRAM and SOCK_SEQPACKET older kernels answer 0 and kernels with the
 * 2026 stable fix EOPNOTSUPP; a kernel that does not know the ioctl at all
 * gives ENOTTY (seen in gVisor).
 *
 * Covers: IOCTL-06
 * Types: stream, dgram, seqpacket
 * linux: source-derived, net/unix/af_unix.c unix_ioctl SIOCATMARK
 * posix: sockatmark()
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    if (send(sv[0], "x", 1, 0) != 1)
        setup_failed("send");

    int m = sockatmark(sv[1]);
    if (m < 0)
        observe_errno(errno);
    observe("%d", m);
}
