/*
 * A pipe's read end travelling inside a socket cycle: once the cycle is
 * reclaimed, the writer sees that the pipe has no reader.
 *
 * A socket is sent into its own receive queue together with a pipe's read
 * end, and every descriptor but the write end is closed. When a collector
 * frees the cycle, the last reader goes: poll() on the write end reports
 * an error condition and write() fails with EPIPE (SIGPIPE is counted,
 * not fatal). The value: the poll flags seen within WAIT_MS (a poll for no
 * events, so only POLLERR/POLLHUP can end it; 0 when none came), then
 * write()'s result.
 *
 * Collectors may run only when some AF_UNIX socket is released (Linux
 * schedules its collector from the release of a socket, asynchronously),
 * so while waiting the probe keeps closing a throwaway socketpair
 * (gc_wait_nudged); the wait is bounded by WAIT_MS.
 *
 * Covers: RIGHTS-07
 * Types: stream, dgram
 */
#include "gc.h"

#include <signal.h>

void probe_main(void)
{
    count_signal(SIGPIPE);
    int p[2];
    make_pipe(p);
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    int fds[2] = { sv[1], p[0] };
    if (send_fds(sv[0], fds, 2, "x", 1) < 0)
        setup_failed("sendmsg of the socket and the pipe's read end");
    close(p[0]);
    close(sv[0]);
    close(sv[1]);
    /* Only POLLERR and POLLHUP can wake a poll for no events. */
    int ev = gc_wait_nudged(p[1], 0, WAIT_MS);
    CHECK(set_nonblocking(p[1], 1));
    ssize_t w = write(p[1], "x", 1);
    observe("poll=%s,write=%s", ev > 0 ? poll_flags_name(ev) : "0", io_result(w));
}
