/*
 * Once one connected sender has filled a bound receiver, can a second
 * connected sender still send to it?
 *
 * Two sockets connect() to the same bound receiver; the first sends 16-byte
 * datagrams until its first error, then the second tries one send. FreeBSD
 * documents a separate share of the receive buffer for each connected
 * sender (ok); where the queue is shared (Linux's max_dgram_qlen) the second
 * send fails like the first sender's last one.
 *
 * Covers: DGR-08, DGR-07
 * freebsd: unix(4) BUFFERING ("each connected socket ... its own" share of recvspace)
 * linux: source-derived, net/unix/af_unix.c unix_recvq_full_lockless (one queue per receiver)
 */
#include "dgram.h"

void probe_main(void)
{
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "r");
    (void)uds_bound(SOCK_DGRAM, "r");
    int a = uds_socket(SOCK_DGRAM);
    int b = uds_socket(SOCK_DGRAM);
    CHECK(connect(a, (struct sockaddr *)&sa, len));
    CHECK(connect(b, (struct sockaddr *)&sa, len));

    int err;
    (void)dgram_fill(a, NULL, 0, 16, 100000, &err);
    if (err == 0)
        setup_error("fill", "the first sender never failed");
    char buf[16] = "";
    observe("%s", io_result(send(b, buf, sizeof buf, MSG_DONTWAIT)));
}
