/*
 * sendto() a datagram socket that is connected to some other socket.
 *
 * Receiver A is connected to B; a third socket C sends to A's path. Linux
 * refuses the datagram because A only accepts from its peer.
 *
 * Covers: ERR-13
 * linux: source-derived, net/unix/af_unix.c unix_may_send
 */
#include "probe.h"

void probe_main(void)
{
    int a = uds_bound(SOCK_DGRAM, "a");
    int b = uds_bound(SOCK_DGRAM, "b");
    (void)b;
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "b");
    CHECK(connect(a, (struct sockaddr *)&sa, len));

    int c = uds_socket(SOCK_DGRAM);
    if (set_nonblocking(c, 1) < 0)
        setup_failed("fcntl");
    len = uds_addr_path(&sa, "a");

    observe("%s", io_result(sendto(c, "x", 1, 0, (struct sockaddr *)&sa, len)));
}
