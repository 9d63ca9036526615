/*
 * send() on a descriptor of a regular file.
 *
 * Covers: ERR-11
 * linux: send(2) ERRORS ENOTSOCK
 * posix: send() ERRORS ENOTSOCK
 */
#include "probe.h"

#include <fcntl.h>

void probe_main(void)
{
    int f = open("plain", O_CREAT | O_RDWR, 0600);
    CHECK(f);

    observe("%s", io_result(send(f, "x", 1, 0)));
}
