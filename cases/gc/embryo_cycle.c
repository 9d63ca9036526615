/*
 * A listener sent into its own unaccepted connection, then closed: is the
 * cycle reclaimed?
 *
 * A client connects and, before accept(), sends the listening socket and a
 * pipe's write end; they wait in the embryo connection's receive queue,
 * while the embryo waits in the listener's accept queue. Closing the
 * listener, the client and the local write end leaves a cycle only a
 * collector can free; the pipe's read end then sees end-of-file (bounded
 * wait).
 *
 * Collectors may run only when some AF_UNIX socket is released (Linux
 * schedules its collector from the release of a socket, asynchronously),
 * so while waiting the probe keeps closing a throwaway socketpair
 * (gc_wait_nudged); the wait is bounded by WAIT_MS.
 *
 * Covers: RIGHTS-07
 * Types: stream, seqpacket
 */
#include "gc.h"

void probe_main(void)
{
    int p[2];
    make_pipe(p);
    int l = uds_listener(PROBE_TYPE, "l", 4);
    int c = uds_connect_to(PROBE_TYPE, "l");
    int fds[2] = { l, p[1] };
    if (send_fds(c, fds, 2, "x", 1) < 0)
        setup_failed("sendmsg of the listener into the embryo");
    close(p[1]);
    close(l);
    close(c);
    observe("reclaimed=%s", yesno(gc_reclaimed_within(p[0], WAIT_MS)));
}
