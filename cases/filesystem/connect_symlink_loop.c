/*
 * connect() to a path whose prefix is a symbolic link loop ("loop/sock",
 * where "loop" points to itself).
 *
 * Covers: FS-06
 * linux: path_resolution(7) "Step 2: walk along the path" (ELOOP; connect(2) does not list it)
 */
#include "fsperm.h"

void probe_main(void)
{
    CHECK(symlink("loop", "loop"));

    int s = uds_socket(SOCK_STREAM);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "loop/sock");
    observe_call(connect(s, (struct sockaddr *)&sa, len));
}
