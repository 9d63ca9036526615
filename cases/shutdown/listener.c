/*
 * shutdown(SHUT_RDWR) on a listening socket.
 *
 * A listener has no connection: FreeBSD answers ENOTCONN (and still
 * aborts a blocked accept); Linux does not check and returns 0.
 *
 * Covers: SHUT-04
 * Types: stream, seqpacket
 * linux: source-derived, net/unix/af_unix.c unix_shutdown
 * freebsd: source-derived, sys/kern/uipc_socket.c soshutdown
 */
#include "probe.h"

void probe_main(void)
{
    int l = uds_listener(PROBE_TYPE, "l", 4);

    observe_call(shutdown(l, SHUT_RDWR));
}
