/*
 * A self-referencing cycle whose descriptors travel in an out-of-band
 * message: is it reclaimed?
 *
 * Where stream sockets accept MSG_OOB (Linux since 5.15), the one-byte
 * message that carries the socket and a pipe's write end becomes the
 * out-of-band byte, which the kernel keeps apart from the normal queue;
 * the collector must still find it. Elsewhere the send fails and the
 * value is that errno. Otherwise: whether the pipe's read end sees
 * end-of-file within WAIT_MS after every descriptor is closed.
 *
 * Collectors may run only when some AF_UNIX socket is released (Linux
 * schedules its collector from the release of a socket, asynchronously),
 * so while waiting the probe keeps closing a throwaway socketpair
 * (gc_wait_nudged); the wait is bounded by WAIT_MS.
 *
 * Covers: RIGHTS-07
 */
#include "cmsg.h"
#include "gc.h"

void probe_main(void)
{
    int p[2];
    make_pipe(p);
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    int fds[2] = { sv[1], p[1] };
    struct cmsg_out out;
    cmsg_start(&out);
    cmsg_add_fds(&out, fds, 2);
    if (cmsg_send(sv[0], &out, "x", 1, MSG_OOB) < 0)
        observe("send=%s", errno_name(errno));
    close(p[1]);
    close(sv[0]);
    close(sv[1]);
    observe("send=ok,reclaimed=%s", yesno(gc_reclaimed_within(p[0], WAIT_MS)));
}
