/*
 * shutdown(SHUT_RDWR) on a socket that was never connected.
 *
 * POSIX and FreeBSD say ENOTCONN. Linux's unix_shutdown does not look at
 * the connection state and returns 0.
 *
 * Covers: SHUT-03, ERR-10
 * Types: stream, dgram, seqpacket
 * linux: source-derived, net/unix/af_unix.c unix_shutdown
 * freebsd: source-derived, sys/kern/uipc_socket.c soshutdown
 * posix: shutdown() ERRORS ENOTCONN
 */
#include "probe.h"

void probe_main(void)
{
    int s = uds_socket(PROBE_TYPE);

    observe_call(shutdown(s, SHUT_RDWR));
}
