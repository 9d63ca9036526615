/*
 * bind() to a path whose prefix is a symbolic link loop ("loop/sock",
 * where "loop" points to itself).
 *
 * Covers: FS-06
 * linux: bind(2) ERRORS ELOOP ("Too many symbolic links were encountered")
 */
#include "fsperm.h"

void probe_main(void)
{
    CHECK(symlink("loop", "loop"));

    int s = uds_socket(SOCK_STREAM);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "loop/sock");
    observe_call(bind(s, (struct sockaddr *)&sa, len));
}
