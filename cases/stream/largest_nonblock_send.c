/*
 * How many bytes one non-blocking send() of 4 MiB on a fresh stream socket
 * accepts at once.
 *
 * The reader never reads, so the count is what the sender's buffer (and the
 * kernel's per-write limits) admit in one call: a number that depends on the
 * kernel and its buffer defaults.
 *
 * Covers: LIM-07, STR-24
 * freebsd: unix(4) BUFFERING net.local.stream.sendspace
 */
#include "probe.h"

#include <stdlib.h>

#define BIG (4 * 1024 * 1024)

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    CHECK(set_nonblocking(sv[0], 1));
    char *buf = calloc(1, BIG);
    if (buf == NULL)
        setup_failed("calloc");
    ssize_t rc = send(sv[0], buf, BIG, 0);
    int err = errno;
    free(buf);
    errno = err;
    observe("%s", io_result(rc));
}
