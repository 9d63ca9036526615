/*
 * bind() to a path whose prefix goes through a regular file ("file/sock").
 *
 * Covers: FS-06
 * linux: bind(2) ERRORS ENOTDIR ("A component of the path prefix is not a directory")
 */
#include "fsperm.h"

void probe_main(void)
{
    make_plain_file("file");

    int s = uds_socket(SOCK_STREAM);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "file/sock");
    observe_call(bind(s, (struct sockaddr *)&sa, len));
}
