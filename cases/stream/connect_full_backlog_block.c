/*
 * A blocking connect() to a listener whose backlog is full: does it wait,
 * or fail at once?
 *
 * The backlog of listen(fd, 0) is filled with non-blocking connects; then a
 * blocking connect runs in a child for up to 300 ms. The token is "blocks",
 * or the errno name ("ok" if it connected).
 *
 * Covers: STR-08, LIM-10
 * linux: source-derived, net/unix/af_unix.c unix_stream_connect (unix_wait_for_peer)
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_connectat (sonewconn fails)
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_connect (sonewconn fails)
 */
#include "stream.h"

static int blocking_connect(void *arg)
{
    (void)arg;
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "l");
    int s = socket(AF_UNIX, SOCK_STREAM, 0);
    if (s < 0)
        return 255;
    return connect(s, (struct sockaddr *)&sa, len) < 0 ? errno : 0;
}

void probe_main(void)
{
    uds_listener(SOCK_STREAM, "l", 0);
    int err;
    if (connect_until_failure(SOCK_STREAM, "l", 16, &err) == 16)
        setup_error("backlog", "16 pending connections did not fill it");

    int result;
    if (call_blocks(blocking_connect, NULL, 300, &result))
        observe("blocks");
    if (result == 255)
        setup_error("child", "socket() failed");
    observe_errno(result);
}
