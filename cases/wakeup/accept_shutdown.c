/*
 * An accept() blocked in one process, and shutdown(SHUT_RDWR) on the listener
 * made by another process that shares it: does accept wake, with what?
 *
 * Token "accept=ok|ERRNO", or "blocked" when shutdown() does not reach
 * the waiter.
 *
 * Covers: SHUT-04, STR-14
 * Types: stream, seqpacket
 * linux: source-derived, net/unix/af_unix.c unix_shutdown, unix_accept (skb_recv_datagram)
 * freebsd: source-derived, sys/kern/uipc_socket.c soshutdown (SOLISTENING), kern_accept4
 */
#include "wake.h"

static int shut_both(void *arg)
{
    return shutdown(*(int *)arg, SHUT_RDWR) < 0 ? errno : 0;
}

void probe_main(void)
{
    wake_listener = uds_listener(PROBE_TYPE, "l", 4);
    observe("%s", wake_token(wake_accept, NULL, shut_both, &wake_listener, NULL));
}
