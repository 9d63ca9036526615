/*
 * Can a client still connect to a listener after shutdown(SHUT_RDWR) on it?
 *
 * The token gives the shutdown result and the result of a non-blocking
 * connect() that follows: "shutdown=ok,connect=ECONNREFUSED" means the
 * shutdown took effect on the listener; "connect=ok" means it did not.
 *
 * Covers: SHUT-04
 * Types: stream, seqpacket
 * linux: source-derived, net/unix/af_unix.c unix_shutdown, unix_stream_connect
 * freebsd: source-derived, sys/kern/uipc_socket.c soshutdown
 */
#include "probe.h"

#include <stdio.h>

void probe_main(void)
{
    int l = uds_listener(PROBE_TYPE, "l", 4);
    int c = uds_socket(PROBE_TYPE);
    CHECK(set_nonblocking(c, 1));
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "l");

    char shut[32];
    snprintf(shut, sizeof shut, "%s", call_result(shutdown(l, SHUT_RDWR)));
    int rc = connect(c, (struct sockaddr *)&sa, len);

    observe("shutdown=%s,connect=%s", shut, call_result(rc));
}
