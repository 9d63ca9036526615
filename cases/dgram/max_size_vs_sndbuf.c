/*
 * The largest datagram that send() accepts on a socketpair, relative to the
 * sender's SO_SNDBUF as getsockopt() reports it.
 *
 * Found by bisection on an empty socketpair; each accepted datagram is read
 * back. Linux documents the limit as SO_SNDBUF (which it doubles and reports
 * doubled) minus 32; the BSDs limit a datagram by net.local.dgram.maxdgram,
 * which is also the datagram socket's send buffer size.
 *
 * Covers: DGR-06, OPT-03, STR-23
 * linux: unix(7) Sockets API ("the maximum datagram size is SO_SNDBUF minus 32"); send(2) ERRORS EMSGSIZE
 * freebsd: unix(4) BUFFERING (net.local.dgram.maxdgram)
 */
#include "dgram.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_DGRAM, sv);
    int sndbuf;
    CHECK(get_int_option(sv[0], SOL_SOCKET, SO_SNDBUF, &sndbuf));

    int over_err;
    long max = dgram_max_send(sv[0], sv[1], 4L * sndbuf + 65536, &over_err);
    if (max < 0)
        observe("max>4*sndbuf");
    long d = max - sndbuf;
    if (d == 0)
        observe("max=sndbuf");
    observe("max=sndbuf%+ld", d);
}
