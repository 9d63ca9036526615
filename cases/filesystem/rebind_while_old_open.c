/*
 * Close-behind: once the path of a listening socket is unlinked, a second
 * socket can bind the same path while the first is still open, and a new
 * connect() then reaches the second one.
 *
 * The value is "new" when the second listener gets the connection, "old"
 * when the first one does, or the errno name of the bind or connect that
 * failed.
 *
 * Covers: FS-03, FS-12
 * linux: unix(7) NOTES ("the socket can be unlinked at any time")
 */
#include "fsperm.h"

#include <poll.h>

void probe_main(void)
{
    int old = uds_listener(SOCK_STREAM, "sock", 4);
    CHECK(unlink("sock"));

    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "sock");
    int fresh = uds_socket(SOCK_STREAM);
    if (bind(fresh, (struct sockaddr *)&sa, len) < 0)
        observe("bind_%s", errno_name(errno));
    CHECK(listen(fresh, 4));
    int c = uds_socket(SOCK_STREAM);
    if (connect(c, (struct sockaddr *)&sa, len) < 0)
        observe("connect_%s", errno_name(errno));

    int at_new = poll_now(fresh, POLLIN) & POLLIN;
    int at_old = poll_now(old, POLLIN) & POLLIN;
    observe("%s", at_new && !at_old ? "new" : at_old && !at_new ? "old" : "unclear");
}
