/*
 * Does the receive-queue limit apply when the receiver is connected back to
 * the sender through bind() and connect() (not a socketpair)?
 *
 * Counts 16-byte datagrams accepted by a non-blocking sender before its
 * first error: once to a bound receiver that is not connected to it, once
 * to a receiver that is connect()ed back to the sender. more=yes when the
 * connected-back receiver took more. Linux skips its max_dgram_qlen check
 * when the receiver's peer is the sender, so only SO_SNDBUF limits it.
 *
 * Covers: DGR-05, DGR-07
 * linux: source-derived, net/unix/af_unix.c unix_dgram_sendmsg (unix_peer(other) != sk)
 */
#include "dgram.h"

void probe_main(void)
{
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "lone");
    (void)uds_bound(SOCK_DGRAM, "lone");
    int s = uds_socket(SOCK_DGRAM);
    int err;
    long lone = dgram_fill(s, (struct sockaddr *)&sa, len, 16, 100000, &err);

    int client, server;
    uds_connected_pair(SOCK_DGRAM, "srv", &client, &server);
    long back = dgram_fill(client, NULL, 0, 16, 100000, &err);
    observe("more=%s", yesno(back > lone));
}
