/*
 * A hard link to a socket file reaches the same listening socket.
 *
 * The listener binds "sock", link(2) adds the name "alias", and a client
 * connects to "alias"; the value is that connect's result, and "ok" only
 * when the original listener then has the connection to accept.
 *
 * Covers: FS-12
 * linux: source-derived, net/unix/af_unix.c unix_find_bsd
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_connectat
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_connect
 */
#include "fsperm.h"

#include <poll.h>

void probe_main(void)
{
    int l = uds_listener(SOCK_STREAM, "sock", 4);
    if (link("sock", "alias") < 0)
        observe("link_%s", errno_name(errno));

    int s = uds_socket(SOCK_STREAM);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "alias");
    if (connect(s, (struct sockaddr *)&sa, len) < 0)
        observe_errno(errno);
    observe("%s", poll_now(l, POLLIN) & POLLIN ? "ok" : "not_at_listener");
}
