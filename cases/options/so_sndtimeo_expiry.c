/*
 * A blocking send() on a socket whose send path is full, with SO_SNDTIMEO
 * set to 10 ms: what does it return when the timeout expires?
 *
 * The socket is first filled without blocking, then made blocking again; the
 * send of one more chunk runs in a child, bounded by WAIT_MS. "blocks" means
 * the timeout was ignored; a byte count means the chunk was (partly) taken.
 * Only what expiry returns is observed, not when: any timeout well below
 * WAIT_MS gives the same token, and a short one keeps the probe short.
 *
 * Covers: OPT-12, ERR-20
 * Types: stream, dgram, seqpacket
 * linux: socket(7) SO_SNDTIMEO ("-1 is returned with errno set to EAGAIN or EWOULDBLOCK")
 */
#include "probe.h"

#include <sys/time.h>

#define CHUNK 512

static int send_once(void *arg)
{
    int fd = *(int *)arg;
    char buf[CHUNK] = { 0 };
    ssize_t n = send(fd, buf, sizeof buf, 0);
    if (n < 0)
        return errno & 0xff;
    return 0;
}

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    if (fill_socket(sv[0], CHUNK) == 0)
        setup_error("fill_socket", "nothing could be sent");
    CHECK(set_nonblocking(sv[0], 0));
    struct timeval tv = { .tv_sec = 0, .tv_usec = 10000 };
    CHECK(setsockopt(sv[0], SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv));

    int result;
    if (call_blocks(send_once, &sv[0], WAIT_MS, &result))
        observe("blocks");
    if (result == 0)
        observe("sent");
    observe_errno(result);
}
