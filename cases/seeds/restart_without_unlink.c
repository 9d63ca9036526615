/*
 * A server restarted after exiting without unlink(): the socket file it
 * left behind makes the new bind() fail; after unlink() the bind works and
 * a client can connect. This is why the Asio example unlinks first.
 *
 * Reported as first=ERRNO|ok,after_unlink=ERRNO|ok,connect=ERRNO|ok.
 *
 * Covers: FS-02, FS-04
 * linux: unix(7) NOTES (the file stays until unlinked); bind(2) ERRORS EADDRINUSE
 * freebsd: unix(4) ADDRESSING (the file must be removed with unlink(2))
 * darwin: unix(4) ADDRESSING
 * openbsd: unix(4)
 * netbsd: unix(4)
 */
#include "probe.h"

static int old_server(void *arg)
{
    (void)arg;
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "srv");
    int l = socket(AF_UNIX, SOCK_STREAM, 0);
    if (l < 0 || bind(l, (struct sockaddr *)&sa, len) < 0 || listen(l, 4) < 0)
        return 1;
    return 0; /* exits without unlink("srv") */
}

void probe_main(void)
{
    if (wait_child(run_child(old_server, NULL), WAIT_MS) != 0)
        setup_error("old server", "could not bind and listen");
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "srv");
    int s = uds_socket(SOCK_STREAM);
    const char *first = call_result(bind(s, (struct sockaddr *)&sa, len));
    CHECK(unlink("srv"));
    const char *second = call_result(bind(s, (struct sockaddr *)&sa, len));
    CHECK(listen(s, 4));
    int c = uds_socket(SOCK_STREAM);
    const char *conn = call_result(connect(c, (struct sockaddr *)&sa, len));
    observe("first=%s,after_unlink=%s,connect=%s", first, second, conn);
}
