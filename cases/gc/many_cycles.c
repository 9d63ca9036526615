/*
 * One hundred self-referencing socket cycles, closed one after another:
 * how many are reclaimed within the bound?
 *
 * Each cycle is a socketpair end queued in its own receive queue with a
 * pipe's write end; all descriptors but the pipes' read ends are closed.
 * The value is the number of pipes that reach end-of-file within one
 * shared WAIT_MS bound: 100 when the collector keeps up, fewer when it
 * leaves some cycles behind, and never a hang.
 *
 * Collectors may run only when some AF_UNIX socket is released (Linux
 * schedules its collector from the release of a socket, asynchronously),
 * so while waiting the probe keeps closing a throwaway socketpair
 * (gc_wait_nudged); the wait is bounded by WAIT_MS.
 *
 * Covers: RIGHTS-07
 */
#include "gc.h"

#include <poll.h>
#include <time.h>

#define CYCLES 100

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void probe_main(void)
{
    int r[CYCLES];
    for (int i = 0; i < CYCLES; i++) {
        int p[2], sv[2];
        make_pipe(p);
        uds_pair(SOCK_STREAM, sv);
        int fds[2] = { sv[1], p[1] };
        if (send_fds(sv[0], fds, 2, "x", 1) < 0)
            setup_failed("sendmsg of a cycle");
        close(p[1]);
        close(sv[0]);
        close(sv[1]);
        r[i] = p[0];
    }
    long long deadline = now_ms() + WAIT_MS;
    int reclaimed = 0;
    for (int i = 0; i < CYCLES; i++) {
        long long left = deadline - now_ms();
        reclaimed += gc_reclaimed_within(r[i], left > 0 ? (int)left : 0);
    }
    observe("reclaimed=%d", reclaimed);
}
