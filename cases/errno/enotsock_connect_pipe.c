/*
 * connect() on a pipe descriptor, to a listening socket.
 *
 * Covers: ERR-03
 * linux: connect(2) ERRORS ENOTSOCK
 * posix: connect() ERRORS ENOTSOCK
 */
#include "probe.h"

void probe_main(void)
{
    int l = uds_listener(SOCK_STREAM, "s", 4);
    (void)l;
    int p[2];
    CHECK(pipe(p));

    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "s");

    observe_call(connect(p[0], (struct sockaddr *)&sa, len));
}
