/*
 * Can a stream client that connected without a name bind() one afterwards?
 *
 * The client connects to "srv" while unnamed, then binds "late". "ok" when
 * bind() succeeds and getsockname() on the client then shows the name
 * ("ok_unnamed" when it succeeds but the name does not show), otherwise the
 * errno of bind().
 *
 * Covers: FS-07, ADDR-12
 */
#include "probe.h"

#include <string.h>

void probe_main(void)
{
    int l = uds_listener(SOCK_STREAM, "srv", 4);
    (void)l;
    int c = uds_connect_to(SOCK_STREAM, "srv");

    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "late");
    if (bind(c, (struct sockaddr *)&sa, len) < 0)
        observe_errno(errno);

    struct sockaddr_un out;
    memset(&out, 0, sizeof out);
    socklen_t got = sizeof out;
    CHECK(getsockname(c, (struct sockaddr *)&out, &got));
    observe("%s", got > sun_path_offset() && strcmp(out.sun_path, "late") == 0 ? "ok" : "ok_unnamed");
}
