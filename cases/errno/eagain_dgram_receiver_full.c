/*
 * A non-blocking sender keeps sending small datagrams to a bound receiver
 * that never reads: which error ends it?
 *
 * Linux stops at the receiver's queue limit (max_dgram_qlen) with EAGAIN;
 * the BSD sources drop the datagram with ENOBUFS. The loop is bounded.
 *
 * Covers: ERR-20, ERR-21
 * linux: source-derived, net/unix/af_unix.c unix_dgram_sendmsg
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_send
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_send
 */
#include "probe.h"

void probe_main(void)
{
    int receiver = uds_bound(SOCK_DGRAM, "r");
    (void)receiver;
    int sender = uds_socket(SOCK_DGRAM);
    if (set_nonblocking(sender, 1) < 0)
        setup_failed("fcntl");
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "r");

    static const char msg[64];
    for (int i = 0; i < 100000; i++) {
        ssize_t n = sendto(sender, msg, sizeof msg, 0, (struct sockaddr *)&sa, len);
        if (n < 0 && errno != EINTR)
            observe_errno(errno);
    }
    observe("no_error_after_100000");
}
