/*
 * Close-behind: a second name (a hard link) made for a listening socket keeps
 * working after the original name is unlinked.
 *
 * The socket is looked up through the file's inode, not its first name, so
 * removing one name leaves the socket reachable through the other. The value
 * is the connect result, "ok" only when the listener has the connection.
 *
 * Covers: FS-03, FS-12
 * linux: unix(7) NOTES ("finally removed from the filesystem when the last reference to it is closed")
 */
#include "fsperm.h"

#include <poll.h>

void probe_main(void)
{
    int l = uds_listener(SOCK_STREAM, "sock", 4);
    if (link("sock", "other") < 0)
        observe("link_%s", errno_name(errno));
    CHECK(unlink("sock"));

    int s = uds_socket(SOCK_STREAM);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "other");
    if (connect(s, (struct sockaddr *)&sa, len) < 0)
        observe_errno(errno);
    observe("%s", poll_now(l, POLLIN) & POLLIN ? "ok" : "not_at_listener");
}
