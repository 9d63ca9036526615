/* process.c - what a descriptor becomes across execve(). */
#include "probe.h"

#include <fcntl.h>
#include <poll.h>

struct exec_child {
    int sock;      /* the end the child keeps across exec */
    int other;     /* the parent's end, closed in the child */
    int in[2], out[2];
    int cloexec;
};

static int exec_cat(void *arg)
{
    struct exec_child *c = arg;
    close(c->other);
    if (dup2(c->in[0], 0) < 0 || dup2(c->out[1], 1) < 0)
        return 1;
    close(c->in[0]);
    close(c->in[1]);
    close(c->out[0]);
    close(c->out[1]);
    if (c->cloexec && fcntl(c->sock, F_SETFD, FD_CLOEXEC) < 0)
        return 2;
    execl("/bin/cat", "cat", (char *)NULL);
    return 3;
}

/* The child execs /bin/cat (no shell) with pipes from and to the parent as
 * its stdin and stdout. When the byte the parent writes comes back, cat is
 * running, so the exec and its close-on-exec work are over; a non-blocking
 * read on the parent's end then says whether the child's end is still open. */
const char *socket_state_across_exec(int cloexec)
{
    int sv[2];
    struct exec_child c;
    uds_pair(SOCK_STREAM, sv);
    c.sock = sv[1];
    c.other = sv[0];
    c.cloexec = cloexec;
    CHECK(pipe(c.in));
    CHECK(pipe(c.out));
    pid_t child = run_child(exec_cat, &c);
    close(sv[1]);
    close(c.in[0]);
    close(c.out[1]);
    CHECK(write(c.in[1], "x", 1));
    if (wait_events(c.out[0], POLLIN, WAIT_MS) <= 0)
        setup_error("exec", "no echo from the child");
    char b = 0;
    ssize_t n = read(c.out[0], &b, 1);
    ssize_t rc = -1;
    int err = 0;
    if (n == 1) {
        rc = recv(sv[0], &b, 1, MSG_DONTWAIT);
        err = errno;
    }
    close(c.in[1]); /* cat sees end-of-file and exits */
    wait_child(child, WAIT_MS);
    close(c.out[0]);
    close(sv[0]);
    if (n != 1)
        return NULL;
    if (rc == 0)
        return "closed";
    if (rc < 0 && (err == EAGAIN || err == EWOULDBLOCK))
        return "open";
    return rc < 0 ? errno_name(err) : "data";
}
