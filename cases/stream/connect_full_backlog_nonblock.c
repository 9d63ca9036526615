/*
 * A non-blocking connect() to a listener whose backlog is full.
 *
 * The backlog of listen(fd, 0) is filled with non-blocking connects until
 * one fails; one more non-blocking connect is then observed. Linux
 * documents EAGAIN (not EINPROGRESS); the BSDs refuse.
 *
 * Covers: STR-09, LIM-10
 * linux: connect(2) ERRORS EAGAIN ("UNIX domain sockets fail with EAGAIN")
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_connectat (sonewconn fails)
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_connect (sonewconn fails)
 */
#include "stream.h"

void probe_main(void)
{
    uds_listener(SOCK_STREAM, "l", 0);
    int err;
    if (connect_until_failure(SOCK_STREAM, "l", 16, &err) == 16)
        setup_error("backlog", "16 pending connections did not fill it");

    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "l");
    int s = uds_socket(SOCK_STREAM);
    CHECK(set_nonblocking(s, 1));
    observe_call(connect(s, (struct sockaddr *)&sa, len));
}
