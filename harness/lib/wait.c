/*
 * wait.c - bounded waits: poll on descriptors, and on child processes.
 *
 * No sleeps: a child's end is seen as POLLHUP on a pipe whose write end only
 * the child holds, so waiting for it is a poll with a timeout like any other.
 */
#include "probe.h"
#include "clock.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

int wait_events(int fd, short events, int ms)
{
    long long deadline = now_ms() + ms;
    for (;;) {
        struct pollfd p = { .fd = fd, .events = events, .revents = 0 };
        long long left = deadline - now_ms();
        int rc = poll(&p, 1, left > 0 ? (int)left : 0);
        if (rc > 0)
            return p.revents;
        if (rc == 0)
            return 0;
        if (errno != EINTR)
            return -1;
    }
}

int poll_now(int fd, short events)
{
    return wait_events(fd, events, 0);
}

/* Children started by run_child, with the read end of their exit pipe. */
#define MAX_CHILDREN 64
static struct { pid_t pid; int exit_fd; } children[MAX_CHILDREN];

pid_t run_child(int (*fn)(void *), void *arg)
{
    int p[2];
    if (pipe(p) < 0)
        setup_failed("pipe for child");
    fcntl(p[0], F_SETFD, FD_CLOEXEC);
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0)
        setup_failed("fork");
    if (pid == 0) {
        close(p[0]);
        _exit(fn(arg) & 0xff);
    }
    close(p[1]);
    for (int i = 0; i < MAX_CHILDREN; i++) {
        if (children[i].pid == 0) {
            children[i].pid = pid;
            children[i].exit_fd = p[0];
            return pid;
        }
    }
    setup_error("run_child", "more than %d children", MAX_CHILDREN);
}

static int child_status(int status)
{
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return -1;
}

int wait_child(pid_t pid, int ms)
{
    int slot = -1;
    for (int i = 0; i < MAX_CHILDREN; i++)
        if (children[i].pid == pid)
            slot = i;
    if (slot >= 0) {
        int ev = wait_events(children[slot].exit_fd, POLLIN, ms);
        close(children[slot].exit_fd);
        children[slot].pid = 0;
        if (ev == 0)
            kill(pid, SIGKILL);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            return -1;
    if (slot >= 0 && WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
        return -1;
    return child_status(status);
}

/* The write end a run_child_when_ready() or run_child_token() child tells
 * its parent on. */
static int ready_fd = -1;

struct ready_call {
    int (*fn)(void *);
    void *arg;
    int fd;
};

static int ready_trampoline(void *p)
{
    struct ready_call *c = p;
    ready_fd = c->fd;
    return c->fn(c->arg);
}

int tell_parent_ready(void)
{
    char b = 1;
    return ready_fd >= 0 && write(ready_fd, &b, 1) == 1 ? 0 : -1;
}

pid_t run_child_when_ready(int (*fn)(void *), void *arg, int ms, int *ready)
{
    int p[2];
    if (pipe(p) < 0)
        setup_failed("pipe for run_child_when_ready");
    struct ready_call c = { fn, arg, p[1] };
    pid_t pid = run_child(ready_trampoline, &c);
    close(p[1]);
    char b;
    *ready = wait_events(p[0], POLLIN, ms) > 0 && read(p[0], &b, 1) == 1;
    close(p[0]);
    return pid;
}

/* A child's text token, read once the child has ended, so it is whole. */
int child_says(const char *fmt, ...)
{
    char token[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(token, sizeof token, fmt, ap);
    va_end(ap);
    if (ready_fd < 0 || n < 0 || (size_t)n >= sizeof token)
        return -1;
    return write(ready_fd, token, (size_t)n) == n ? 0 : -1;
}

int run_child_token(int (*fn)(void *), void *arg, int ms, char *out, size_t size)
{
    int p[2];
    if (pipe(p) < 0)
        setup_failed("pipe for run_child_token");
    struct ready_call c = { fn, arg, p[1] };
    pid_t pid = run_child(ready_trampoline, &c);
    close(p[1]);
    int rc = wait_child(pid, ms);
    size_t got = 0;
    ssize_t n;
    while (got + 1 < size && (n = read(p[0], out + got, size - 1 - got)) > 0)
        got += (size_t)n;
    out[got] = '\0';
    close(p[0]);
    return rc;
}

static int idle_trampoline(void *p)
{
    int *pipe_ends = p;
    char b;
    close(pipe_ends[1]);
    (void)read(pipe_ends[0], &b, 1); /* until the parent closes its end */
    return 0;
}

pid_t run_idle_child(int *release)
{
    int p[2];
    if (pipe(p) < 0)
        setup_failed("pipe for run_idle_child");
    pid_t pid = run_child(idle_trampoline, p);
    close(p[0]);
    *release = p[1];
    return pid;
}

struct blocking_call {
    int (*fn)(void *);
    void *arg;
    int started; /* write end: one byte just before the call */
};

static int blocking_trampoline(void *p)
{
    struct blocking_call *c = p;
    char b = 1;
    if (write(c->started, &b, 1) != 1)
        return 255;
    return c->fn(c->arg);
}

int call_blocks(int (*fn)(void *), void *arg, int ms, int *result)
{
    int p[2];
    if (pipe(p) < 0)
        setup_failed("pipe for call_blocks");
    struct blocking_call c = { fn, arg, p[1] };
    pid_t pid = run_child(blocking_trampoline, &c);
    close(p[1]);
    /* Start the clock only once the child is about to make the call. */
    if (wait_events(p[0], POLLIN, WAIT_MS) <= 0)
        setup_error("call_blocks", "child did not start");
    close(p[0]);
    int rc = wait_child(pid, ms);
    if (rc < 0)
        return 1;
    *result = rc;
    return 0;
}
