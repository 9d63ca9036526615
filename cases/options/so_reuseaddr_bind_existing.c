/*
 * Does SO_REUSEADDR let bind() reuse a path where a socket file already
 * exists?
 *
 * A first socket is bound to "s" and stays open; a second one sets
 * SO_REUSEADDR and binds to the same path. Reports "set=R,bind=R". For
 * AF_UNIX the name is a file, so the option is expected to change nothing.
 *
 * Covers: FS-04, ERR-01
 * linux: unix(7) ERRORS EADDRINUSE; socket(7) SO_REUSEADDR
 */
#include "probe.h"

#include <stdio.h>

void probe_main(void)
{
    int first = uds_bound(SOCK_STREAM, "s");
    (void)first;

    int s = uds_socket(SOCK_STREAM);
    char set[32];
    snprintf(set, sizeof set, "%s", call_result(set_int_option(s, SOL_SOCKET, SO_REUSEADDR, 1)));

    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "s");
    int rc = bind(s, (struct sockaddr *)&sa, len);
    observe("set=%s,bind=%s", set, call_result(rc));
}
