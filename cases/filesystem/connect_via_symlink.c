/*
 * connect() through a symbolic link that points to a socket file reaches
 * that socket.
 *
 * Covers: FS-12, FS-06
 */
#include "fsperm.h"

#include <poll.h>

void probe_main(void)
{
    int l = uds_listener(SOCK_STREAM, "sock", 4);
    CHECK(symlink("sock", "link"));

    int s = uds_socket(SOCK_STREAM);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "link");
    if (connect(s, (struct sockaddr *)&sa, len) < 0)
        observe_errno(errno);
    observe("%s", poll_now(l, POLLIN) & POLLIN ? "ok" : "not_at_listener");
}
