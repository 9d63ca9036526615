/*
 * bind() on a descriptor of a regular file.
 *
 * Covers: ERR-06
 * linux: bind(2) ERRORS ENOTSOCK
 * posix: bind() ERRORS ENOTSOCK
 */
#include "probe.h"

#include <fcntl.h>

void probe_main(void)
{
    int f = open("plain", O_CREAT | O_RDWR, 0600);
    CHECK(f);

    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "s");

    observe_call(bind(f, (struct sockaddr *)&sa, len));
}
