/*
 * connect() on a socket that is itself listening.
 *
 * Covers: STR-12
 * linux: source-derived, net/unix/af_unix.c unix_stream_connect (EINVAL)
 * freebsd: source-derived, sys/kern/uipc_socket.c soconnect (EOPNOTSUPP on a listening socket)
 * posix: connect() ERRORS EOPNOTSUPP ("the socket is listening")
 */
#include "probe.h"

void probe_main(void)
{
    uds_listener(SOCK_STREAM, "target", 4);
    int me = uds_listener(SOCK_STREAM, "me", 4);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "target");
    CHECK(set_nonblocking(me, 1));
    observe_call(connect(me, (struct sockaddr *)&sa, len));
}
