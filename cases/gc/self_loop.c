/*
 * A socket sent over itself, then every descriptor closed: is the cycle
 * reclaimed?
 *
 * One end of a socketpair is sent, together with a pipe's write end, into
 * its own receive queue; then both socket ends and the local write end are
 * closed. Nothing outside the kernel can reach the socket any more, and
 * only a garbage collector of in-flight descriptors can free it. The
 * pipe's read end sees end-of-file when that happens.
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
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    int fds[2] = { sv[1], p[1] };
    if (send_fds(sv[0], fds, 2, "x", 1) < 0)
        setup_failed("sendmsg of the socket and the pipe");
    close(p[1]);
    close(sv[0]);
    close(sv[1]);
    observe("reclaimed=%s", yesno(gc_reclaimed_within(p[0], WAIT_MS)));
}
