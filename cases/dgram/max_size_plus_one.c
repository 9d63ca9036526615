/*
 * What send() reports for a datagram one byte larger than the largest one it
 * accepts.
 *
 * The largest accepted size is found by bisection on an empty socketpair;
 * the error is the one seen for that size plus one. Linux and POSIX name
 * EMSGSIZE for a message too large to send atomically.
 *
 * Covers: DGR-06, ERR-22
 * linux: send(2) ERRORS EMSGSIZE; unix(7) Sockets API
 * freebsd: unix(4) BUFFERING (net.local.dgram.maxdgram); error source-derived, sys/kern/uipc_usrreq.c uipc_sosend_dgram
 * darwin: source-derived, bsd/kern/uipc_socket.c sosend (EMSGSIZE)
 * posix: send() ERRORS EMSGSIZE
 */
#include "dgram.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_DGRAM, sv);
    int over_err;
    long max = dgram_max_send(sv[0], sv[1], 16L << 20, &over_err);
    if (max < 0)
        not_applicable("a 16 MiB datagram was accepted");
    observe_errno(over_err);
}
