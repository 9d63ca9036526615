/*
 * A socket in flight inside another socket that is still open is not
 * garbage: the collector must leave it, and what it carries, alone.
 *
 * A pipe's write end is queued in socket B, and B is queued in socket D,
 * whose descriptor stays open; every other descriptor is closed. A
 * separate self-referencing cycle is then made and closed, and its own
 * pipe's end-of-file (bounded wait) shows that a collection has run. The
 * value: whether that collection was seen, whether the first pipe is still
 * open afterwards, and whether receiving B from D and then the write end
 * from B still works.
 *
 * Collectors may run only when some AF_UNIX socket is released (Linux
 * schedules its collector from the release of a socket, asynchronously),
 * so while waiting the probe keeps closing a throwaway socketpair
 * (gc_wait_nudged); the wait is bounded by WAIT_MS.
 *
 * Covers: RIGHTS-07
 */
#include "gc.h"

static int recv_one(int sock)
{
    char buf[4];
    struct fd_recv got;
    recv_fds(sock, buf, sizeof buf, CMSG_SPACE(4 * sizeof(int)), MSG_DONTWAIT, &got);
    if (got.bytes < 0 || got.nfds != 1) {
        close_fds(got.fds, got.nfds);
        return -1;
    }
    return got.fds[0];
}

void probe_main(void)
{
    int p[2], q[2];
    make_pipe(p);
    make_pipe(q);
    int ab[2], cd[2], loop[2];
    uds_pair(SOCK_STREAM, ab);
    uds_pair(SOCK_STREAM, cd);
    uds_pair(SOCK_STREAM, loop);
    if (send_fds(ab[0], &p[1], 1, "x", 1) < 0)
        setup_failed("sendmsg of the pipe into B");
    if (send_fds(cd[0], &ab[1], 1, "x", 1) < 0)
        setup_failed("sendmsg of B into D");
    close(p[1]);
    close(ab[0]);
    close(ab[1]);
    close(cd[0]);

    int fds[2] = { loop[1], q[1] };
    if (send_fds(loop[0], fds, 2, "x", 1) < 0)
        setup_failed("sendmsg of the trigger cycle");
    close(q[1]);
    close(loop[0]);
    close(loop[1]);
    int gc_seen = gc_reclaimed_within(q[0], WAIT_MS);

    int kept = !pipe_eof_within(p[0], 0);
    int b = recv_one(cd[1]);
    int w = b >= 0 ? recv_one(b) : -1;
    int works = w >= 0 && write(w, "y", 1) == 1;
    char c = 0;
    works = works && read(p[0], &c, 1) == 1 && c == 'y';
    observe("gc_seen=%s,kept=%s,recovered=%s", yesno(gc_seen), yesno(kept), yesno(works));
}
