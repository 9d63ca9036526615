/*
 * A socket file renamed with rename(2) still reaches the same listening
 * socket under its new name.
 *
 * The listener binds "sock", the file is renamed to "moved", and a client
 * connects to "moved"; the value is that connect's result, and "ok" only
 * when the original listener then has the connection to accept.
 *
 * Covers: FS-12
 * linux: source-derived, net/unix/af_unix.c unix_find_bsd
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_connectat
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_connect
 */
#include "fsperm.h"

#include <poll.h>
#include <stdio.h>

void probe_main(void)
{
    int l = uds_listener(SOCK_STREAM, "sock", 4);
    CHECK(rename("sock", "moved"));

    int s = uds_socket(SOCK_STREAM);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "moved");
    if (connect(s, (struct sockaddr *)&sa, len) < 0)
        observe_errno(errno);
    observe("%s", poll_now(l, POLLIN) & POLLIN ? "ok" : "not_at_listener");
}
