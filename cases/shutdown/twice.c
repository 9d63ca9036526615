/*
 * shutdown(SHUT_RDWR) called twice on the same connected socket.
 *
 * The token gives both results ("first=ok,second=ok"): a system may treat
 * the second call as a no-op, or as a call on a socket that is no longer
 * connected (ENOTCONN).
 *
 * Covers: SHUT-03
 * Types: stream, dgram, seqpacket
 * linux: source-derived, net/unix/af_unix.c unix_shutdown
 * freebsd: source-derived, sys/kern/uipc_socket.c soshutdown
 */
#include "probe.h"

#include <stdio.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);

    char first[32];
    snprintf(first, sizeof first, "%s", call_result(shutdown(sv[0], SHUT_RDWR)));

    observe("first=%s,second=%s", first, call_result(shutdown(sv[0], SHUT_RDWR)));
}
