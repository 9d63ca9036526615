/*
 * One seqpacket record larger than the send buffer (4 MiB): refused with
 * EMSGSIZE, or something else?
 *
 * The socket is non-blocking so that a would-block answer is EAGAIN, not a
 * hang.
 *
 * Covers: SEQ-08, LIM-07
 * freebsd: unix(4) BUFFERING net.local.seqpacket.maxseqpacket
 */
#include "probe.h"

#include <stdlib.h>

#define BIG (4 * 1024 * 1024)

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_SEQPACKET, sv);
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
