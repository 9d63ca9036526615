/*
 * bind() to a path in a directory that does not exist ("nodir/sock").
 *
 * Covers: FS-06
 * linux: bind(2) ERRORS ENOENT ("A component in the directory prefix of the socket pathname does not exist")
 */
#include "fsperm.h"

void probe_main(void)
{
    int s = uds_socket(SOCK_STREAM);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "nodir/sock");
    observe_call(bind(s, (struct sockaddr *)&sa, len));
}
