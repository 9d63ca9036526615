/*
 * Two socketpairs, each holding the other's receiving end in flight, then
 * every descriptor closed: is the cycle reclaimed?
 *
 * A's receiving end is sent into B, and B's receiving end (with a pipe's
 * write end) into A; then all four socket descriptors and the local write
 * end are closed. The pipe's read end sees end-of-file once the collector
 * frees the cycle (bounded wait).
 *
 * Collectors may run only when some AF_UNIX socket is released (Linux
 * schedules its collector from the release of a socket, asynchronously),
 * so while waiting the probe keeps closing a throwaway socketpair
 * (gc_wait_nudged); the wait is bounded by WAIT_MS.
 *
 * Covers: RIGHTS-07
 * Types: stream, dgram, seqpacket
 */
#include "gc.h"

void probe_main(void)
{
    int p[2];
    make_pipe(p);
    int a[2], b[2];
    uds_pair(PROBE_TYPE, a);
    uds_pair(PROBE_TYPE, b);
    if (send_fds(b[0], &a[1], 1, "x", 1) < 0)
        setup_failed("sendmsg of A's end into B");
    int fds[2] = { b[1], p[1] };
    if (send_fds(a[0], fds, 2, "x", 1) < 0)
        setup_failed("sendmsg of B's end into A");
    close(p[1]);
    close(a[0]);
    close(a[1]);
    close(b[0]);
    close(b[1]);
    observe("reclaimed=%s", yesno(gc_reclaimed_within(p[0], WAIT_MS)));
}
