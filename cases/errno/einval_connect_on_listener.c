/*
 * connect() a listening stream socket to another listener.
 *
 * POSIX and FreeBSD say EOPNOTSUPP (the socket is listening); Linux's
 * state check answers EINVAL.
 *
 * Covers: STR-12, ERR-06, ERR-12
 * linux: source-derived, net/unix/af_unix.c unix_stream_connect
 * freebsd: source-derived, sys/kern/uipc_socket.c soconnectat
 * posix: connect() ERRORS EOPNOTSUPP
 */
#include "probe.h"

void probe_main(void)
{
    int target = uds_listener(SOCK_STREAM, "target", 4);
    (void)target;
    int s = uds_listener(SOCK_STREAM, "self", 4);
    if (set_nonblocking(s, 1) < 0)
        setup_failed("fcntl");

    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "target");

    observe_call(connect(s, (struct sockaddr *)&sa, len));
}
