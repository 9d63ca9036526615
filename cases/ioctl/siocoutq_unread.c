/*
 * ioctl(SIOCOUTQ) on the sender after 5 bytes were sent and not yet read
 * by the peer: what number?
 *
 * unix(7)'s source leaves SIOCOUTQ undocumented on purpose; the kernel
 * reports the memory charged to the sender (buffer overhead included), so
 * the number is larger than 5 and depends on the kernel. An
 * implementation that counts payload bytes reports 5.
 *
 * Covers: IOCTL-04
 * Types: stream, dgram, seqpacket
 * linux: source-derived, net/unix/af_unix.c unix_outq_len
 */
#include "kconst.h"

void probe_main(void)
{
#ifdef SIOCOUTQ
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    if (send(sv[0], "hello", 5, 0) != 5)
        setup_failed("send");
    int n = -1;
    if (ioctl(sv[0], SIOCOUTQ, &n) < 0)
        observe_errno(errno);
    observe("%d", n);
#else
    not_applicable("SIOCOUTQ not defined");
#endif
}
