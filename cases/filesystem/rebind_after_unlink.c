/*
 * Once the stale socket file of a closed socket is unlinked, a new socket can
 * bind() the same path again.
 *
 * This is the usual server start-up: unlink the old name, then bind.
 *
 * Covers: FS-02
 * linux: unix(7) NOTES
 * freebsd: unix(4) ADDRESSING
 * darwin: unix(4) ADDRESSING
 * openbsd: unix(4) ADDRESSING
 * netbsd: unix(4) ADDRESSING
 */
#include "fsperm.h"

void probe_main(void)
{
    CHECK(close(uds_listener(SOCK_STREAM, "sock", 1)));
    CHECK(unlink("sock"));

    int s = uds_socket(SOCK_STREAM);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "sock");
    observe_call(bind(s, (struct sockaddr *)&sa, len));
}
