/*
 * A blocking recv() on an empty socket with SO_RCVTIMEO set to 10 ms: what
 * does it return when the timeout expires?
 *
 * The recv runs in a child, bounded by WAIT_MS; "blocks" means the timeout
 * was ignored and the call was still waiting. Otherwise the errno name
 * ("returned" if it somehow got data).
 * Only what expiry returns is observed, not when: any timeout well below
 * WAIT_MS gives the same token, and a short one keeps the probe short.
 *
 * Covers: OPT-12, ERR-20
 * Types: stream, dgram, seqpacket
 * linux: socket(7) SO_RCVTIMEO ("-1 is returned with errno set to EAGAIN or EWOULDBLOCK")
 */
#include "probe.h"

#include <sys/time.h>

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
    struct timeval tv = { .tv_sec = 0, .tv_usec = 10000 };
    CHECK(setsockopt(sv[0], SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv));

    int result;
    if (call_blocks(recv_once, &sv[0], WAIT_MS, &result))
        observe("blocks");
    if (result == 0)
        observe("returned");
    observe_errno(result);
}
