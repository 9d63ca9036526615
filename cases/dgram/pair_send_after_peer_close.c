/*
 * send() on one end of a datagram socketpair after the other end has been
 * closed.
 *
 * Covers: DGR-18, ERR-04, ERR-14
 * linux: source-derived, net/unix/af_unix.c unix_dgram_sendmsg (SOCK_DEAD peer)
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_drop
 */
#include "probe.h"

#include <signal.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_DGRAM, sv);
    close(sv[1]);

    count_signal(SIGPIPE);
    ssize_t n = send(sv[0], "x", 1, MSG_DONTWAIT);
    int err = errno;
    observe("send=%s,sigpipe=%d", n < 0 ? errno_name(err) : "ok", signal_count(SIGPIPE));
}
