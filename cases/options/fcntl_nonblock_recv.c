/*
 * recv() on an empty connected socket made non-blocking with
 * fcntl(F_SETFL, O_NONBLOCK) fails at once with EAGAIN/EWOULDBLOCK.
 *
 * The recv is bounded by call_blocks, so "blocks" means O_NONBLOCK was
 * ignored.
 *
 * Covers: ERR-20
 * Types: stream, dgram, seqpacket
 * linux: recv(2) ERRORS EAGAIN or EWOULDBLOCK
 * posix: recv() ERRORS EAGAIN or EWOULDBLOCK
 */
#include "probe.h"

static int recv_once(void *arg)
{
    int fd = *(int *)arg;
    char b;
    if (recv(fd, &b, 1, 0) < 0)
        return errno & 0xff;
    return 0;
}

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    CHECK(set_nonblocking(sv[0], 1));

    int result;
    if (call_blocks(recv_once, &sv[0], WAIT_MS, &result))
        observe("blocks");
    if (result == 0)
        observe("returned");
    observe_errno(result);
}
