/*
 * recv(MSG_WAITALL) on a stream waits until the whole request is there.
 *
 * 3 of 8 bytes are queued; a child blocks in recv(MSG_WAITALL, 8). If it
 * has not returned 50 ms after saying it is about to call recv (a recv
 * that ignores MSG_WAITALL returns within microseconds), the parent sends
 * the other 5. The token is the child's byte count ("8"), or "early=N"
 * when it returned before the rest was sent.
 *
 * Covers: STR-01
 * linux: recv(2) MSG_WAITALL
 * posix: recv() MSG_WAITALL
 */
#include "probe.h"

#include <poll.h>

struct reader {
    int fd;
    int ready;  /* write end: a byte just before the recv */
    int result; /* write end: the recv result as an int */
};

static int read_all(void *arg)
{
    struct reader *r = arg;
    char b = 1, buf[16];
    if (write(r->ready, &b, 1) != 1)
        return 1;
    int n = (int)recv(r->fd, buf, 8, MSG_WAITALL);
    if (n < 0)
        n = -errno;
    return write(r->result, &n, sizeof n) == (ssize_t)sizeof n ? 0 : 1;
}

void probe_main(void)
{
    int sv[2], ready[2], result[2];
    uds_pair(SOCK_STREAM, sv);
    CHECK(pipe(ready));
    CHECK(pipe(result));
    if (send(sv[0], "abc", 3, 0) != 3)
        setup_failed("send");

    struct reader r = { sv[1], ready[1], result[1] };
    pid_t pid = run_child(read_all, &r);
    close(ready[1]);
    close(result[1]);
    if (wait_events(ready[0], POLLIN, WAIT_MS) <= 0)
        setup_error("reader", "child did not start");

    int n = 0;
    int early = wait_events(result[0], POLLIN, 50) > 0;
    if (!early && send(sv[0], "defgh", 5, 0) != 5)
        setup_failed("send rest");
    if (wait_events(result[0], POLLIN, WAIT_MS) <= 0 ||
        read(result[0], &n, sizeof n) != (ssize_t)sizeof n)
        setup_error("reader", "no result from the child");
    wait_child(pid, WAIT_MS);

    const char *v = n < 0 ? errno_name(-n) : NULL;
    if (early)
        v != NULL ? observe("early=%s", v) : observe("early=%d", n);
    v != NULL ? observe("%s", v) : observe("%d", n);
}
