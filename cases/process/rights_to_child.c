/*
 * A socket passed with SCM_RIGHTS to a forked child works there: the
 * parent makes a second socketpair after fork, sends one end to the child
 * over the first pair, the child writes "ok" through it and the parent
 * reads that on the end it kept.
 *
 * The child did not inherit the passed socket (it was made after fork),
 * so the only way it can write on it is through the received descriptor.
 *
 * Covers: RIGHTS-01, RIGHTS-03
 * linux: unix(7) SCM_RIGHTS
 * freebsd: unix(4) (passing file descriptors)
 * darwin: unix(4) (passing file descriptors)
 */
#include "probe.h"

#include <poll.h>

static int ctl[2];

static int child_fn(void *arg)
{
    (void)arg;
    close(ctl[0]);
    char b;
    struct fd_recv r;
    if (wait_events(ctl[1], POLLIN, WAIT_MS) <= 0)
        return 1;
    recv_fds(ctl[1], &b, 1, CMSG_SPACE(sizeof(int)), 0, &r);
    if (r.bytes != 1 || r.nfds != 1)
        return 2;
    return send(r.fds[0], "ok", 2, 0) == 2 ? 0 : 3;
}

void probe_main(void)
{
    uds_pair(SOCK_STREAM, ctl);
    pid_t child = run_child(child_fn, NULL);
    close(ctl[1]);
    int data[2];
    uds_pair(SOCK_STREAM, data);
    if (send_fds(ctl[0], &data[1], 1, "x", 1) < 0)
        observe("send=%s", errno_name(errno));
    close(data[1]);
    int rc = wait_child(child, WAIT_MS);
    if (rc != 0)
        observe("child=%d", rc);
    char buf[4] = { 0 };
    if (wait_events(data[0], POLLIN, WAIT_MS) <= 0)
        observe("data=no");
    ssize_t n = recv(data[0], buf, sizeof buf, MSG_DONTWAIT);
    if (n != 2)
        observe("%s", io_result(n));
    observe("%s", buf[0] == 'o' && buf[1] == 'k' ? "ok" : "garbled");
}
