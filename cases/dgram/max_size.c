/*
 * The largest datagram that send() accepts on a fresh socketpair, in bytes.
 *
 * Found by bisection on an empty socketpair; each accepted datagram is read
 * back. The value depends on configuration: on Linux it is the default
 * SO_SNDBUF (net.core.wmem_default, doubled on the way in and reported as
 * is) minus 32; on FreeBSD and macOS it is net.local.dgram.maxdgram.
 *
 * Covers: DGR-06, SYSCTL-05, SYSCTL-03
 * linux: unix(7) Sockets API; send(2) ERRORS EMSGSIZE
 * freebsd: unix(4) BUFFERING (net.local.dgram.maxdgram); value source-derived, sys/kern/uipc_usrreq.c unpdg_maxdgram
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unpdg_sendspace
 */
#include "dgram.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_DGRAM, sv);
    int over_err;
    long max = dgram_max_send(sv[0], sv[1], 16L << 20, &over_err);
    if (max < 0)
        observe("more_than_16MiB");
    observe("%ld", max);
}
