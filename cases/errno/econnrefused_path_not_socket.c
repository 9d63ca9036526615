/*
 * connect() a stream socket to a path that exists but is a regular file.
 *
 * Linux documents ECONNREFUSED for this; the BSDs' sources give ENOTSOCK.
 *
 * Covers: ERR-03, ERR-24
 * linux: unix(7) ERRORS ECONNREFUSED ("the target pathname is not a socket")
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_connectat
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_connect
 */
#include "probe.h"

#include <fcntl.h>

void probe_main(void)
{
    int f = open("plain", O_CREAT | O_WRONLY, 0600);
    CHECK(f);
    close(f);

    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "plain");
    int s = uds_socket(SOCK_STREAM);

    observe_call(connect(s, (struct sockaddr *)&sa, len));
}
