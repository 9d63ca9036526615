/*
 * A non-blocking connect() to a listener with room in its backlog completes
 * at once (0), rather than returning EINPROGRESS.
 *
 * Covers: STR-10
 * linux: source-derived, net/unix/af_unix.c unix_stream_connect
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_connectat
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_connect
 */
#include "probe.h"

void probe_main(void)
{
    uds_listener(SOCK_STREAM, "l", 4);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "l");
    int s = uds_socket(SOCK_STREAM);
    CHECK(set_nonblocking(s, 1));
    observe_call(connect(s, (struct sockaddr *)&sa, len));
}
