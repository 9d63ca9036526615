/*
 * A non-blocking send() larger than the free buffer space: a short count, or
 * EAGAIN with nothing written?
 *
 * The sender is filled to EAGAIN, the reader drains 8 KiB, and then one
 * send() of 256 KiB is made. The token is "short" (0 < n < 256 KiB),
 * "full" (all of it) or the errno name.
 *
 * Covers: STR-23, LIM-07
 * linux: send(2) ERRORS EAGAIN; socket(7) SO_SNDBUF
 * freebsd: unix(4) BUFFERING
 */
#include "probe.h"

#include <stdlib.h>

#define BIG (256 * 1024)

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    if (fill_socket(sv[0], 4096) == 0)
        setup_error("fill_socket", "nothing could be written");
    CHECK(set_nonblocking(sv[1], 1));
    char drain[1024];
    size_t drained = 0;
    while (drained < 8192) {
        ssize_t n = recv(sv[1], drain, sizeof drain, 0);
        if (n <= 0)
            setup_failed("drain");
        drained += (size_t)n;
    }

    char *buf = calloc(1, BIG);
    if (buf == NULL)
        setup_failed("calloc");
    ssize_t n = send(sv[0], buf, BIG, 0);
    int err = errno;
    free(buf);
    if (n < 0)
        observe_errno(err);
    observe("%s", n == BIG ? "full" : n > 0 ? "short" : "zero");
}
