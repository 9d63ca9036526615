/*
 * A blocking connect() to a listener whose backlog is full: does it wait,
 * or fail at once?
 *
 * The backlog of listen(fd, 0) is filled with non-blocking connects; then a
 * blocking connect runs in a child for up to 100 ms. The child's socket is
 * made before the clock starts, so the window holds the connect() alone: a
 * connect that fails at once returns within microseconds. The token is
 * "blocks", or the errno name ("ok" if it connected).
 *
 * Covers: STR-08, LIM-10
 * linux: source-derived, net/unix/af_unix.c unix_stream_connect (unix_wait_for_peer)
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_connectat (sonewconn fails)
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_connect (sonewconn fails)
 */
#include "stream.h"

struct target {
    int fd;
    struct sockaddr_un sa;
    socklen_t len;
};

static int blocking_connect(void *arg)
{
    struct target *t = arg;
    return connect(t->fd, (struct sockaddr *)&t->sa, t->len) < 0 ? errno : 0;
}

void probe_main(void)
{
    uds_listener(SOCK_STREAM, "l", 0);
    int err;
    if (connect_until_failure(SOCK_STREAM, "l", 16, &err) == 16)
        setup_error("backlog", "16 pending connections did not fill it");

    struct target t;
    t.len = uds_addr_path(&t.sa, "l");
    t.fd = uds_socket(SOCK_STREAM);
    int result;
    if (call_blocks(blocking_connect, &t, 100, &result))
        observe("blocks");
    observe_errno(result);
}
