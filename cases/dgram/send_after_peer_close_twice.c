/*
 * After the connected peer of a datagram socket is closed, what do the
 * first and the second send() give? Does the first error dissolve the
 * association?
 *
 * S is connect()ed to a bound receiver that is then closed. For the first
 * send, Linux's source gives ECONNREFUSED, the BSDs' sources ECONNRESET
 * (FreeBSD's says POSIX requires it), and gVisor has given EPIPE. On Linux
 * the first error also drops the association, so the second send behaves
 * like one on an unconnected socket. SIGPIPE is counted so that it cannot
 * end the probe.
 *
 * Covers: DGR-18, DGR-09, ERR-04
 * linux: source-derived, net/unix/af_unix.c unix_dgram_sendmsg (unix_peer(sk) = NULL, then ECONNREFUSED)
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_drop
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_drop
 */
#include "probe.h"

#include <signal.h>
#include <stdio.h>

void probe_main(void)
{
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "r");
    int r = uds_bound(SOCK_DGRAM, "r");
    int s = uds_socket(SOCK_DGRAM);
    CHECK(connect(s, (struct sockaddr *)&sa, len));
    close(r);

    count_signal(SIGPIPE);
    char first[32];
    snprintf(first, sizeof first, "%s", io_result(send(s, "x", 1, MSG_DONTWAIT)));
    observe("first=%s,second=%s", first, io_result(send(s, "x", 1, MSG_DONTWAIT)));
}
