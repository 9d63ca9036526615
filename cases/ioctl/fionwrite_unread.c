/*
 * ioctl(FIONWRITE) on the sender after 5 bytes were sent and not yet read
 * by the peer: how many bytes does the send queue hold?
 *
 * FreeBSD's unix stream and seqpacket sockets queue data directly on the
 * receiver, so the sender's queue is expected to stay empty (0).
 *
 * Covers: IOCTL-05
 * Types: stream, seqpacket
 * freebsd: unix(4) BUFFERING; ioctl FIONWRITE in sys/sys/filio.h
 */
#include "probe.h"

#include <sys/ioctl.h>

void probe_main(void)
{
#ifdef FIONWRITE
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    if (send(sv[0], "hello", 5, 0) != 5)
        setup_failed("send");
    int n = -1;
    if (ioctl(sv[0], FIONWRITE, &n) < 0)
        observe_errno(errno);
    observe("%d", n);
#else
    not_applicable("FIONWRITE not defined");
#endif
}
