/*
 * Which limit stops a non-blocking sender on a datagram socketpair: the
 * receive-queue limit that a bound receiver applies, or the sender's
 * SO_SNDBUF?
 *
 * Three counts of 16-byte datagrams accepted before the first error: to a
 * bound receiver from an unconnected sender (the queue limit), on a fresh
 * socketpair, and on a socketpair whose sender asked for a small SO_SNDBUF.
 * limit=receiver_queue when the pair takes as many as the bound receiver;
 * limit=sndbuf when it takes a different number that shrinks with SO_SNDBUF;
 * limit=other otherwise. On Linux the queue check (net.unix.max_dgram_qlen)
 * is skipped when the receiver is connected back to the sender, so only the
 * sender's buffer limits a socketpair.
 *
 * Covers: DGR-05, DGR-07, STR-23
 * linux: source-derived, net/unix/af_unix.c unix_dgram_sendmsg (unix_peer(other) != sk)
 */
#include "dgram.h"

static long pair_count(int sndbuf)
{
    int sv[2];
    uds_pair(SOCK_DGRAM, sv);
    if (sndbuf > 0)
        CHECK(set_int_option(sv[0], SOL_SOCKET, SO_SNDBUF, sndbuf));
    int err;
    long n = dgram_fill(sv[0], NULL, 0, 16, 100000, &err);
    close(sv[0]);
    close(sv[1]);
    return n;
}

void probe_main(void)
{
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "r");
    (void)uds_bound(SOCK_DGRAM, "r");
    int s = uds_socket(SOCK_DGRAM);
    int err;
    long bound = dgram_fill(s, (struct sockaddr *)&sa, len, 16, 100000, &err);

    long pair = pair_count(0);
    long pair_small = pair_count(4096);

    if (pair == bound)
        observe("limit=receiver_queue");
    observe("limit=%s", pair_small < pair ? "sndbuf" : "other");
}
