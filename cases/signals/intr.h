/*
 * intr.h - a call blocked in a child, signalled until it is known to have
 * been interrupted, then allowed to complete. Shared by cases/signals/ only
 * (included as "intr.h", from this directory).
 *
 * intr_token(restart, call, arg, complete, carg): the child installs a
 * SIGUSR1 handler (SA_RESTART or not), marks itself "in the call", tells
 * the parent, and makes call(arg), which blocks. A handler run while the
 * mark is set writes one byte to a note pipe. The library cannot tell that
 * a child sleeps in a call (see the report of issue 15), so the parent
 * uses call_blocks()'s rule: a call that has not returned INTR_QUIET_MS
 * after the child said it is about to make it is blocked. Twice: wait that
 * long for the child to end, then send SIGUSR1 and wait (bounded) for the
 * handler's byte. A call interrupted without restart ends after the first
 * signal. Then, if the child is still in the call, the parent makes
 * complete(carg) (sends the byte, connects, accepts, drains) and reaps the
 * child, bounded. No sleeps: every wait is a poll on the child's pipes.
 *
 * call() returns 0 when it completed as expected, else the errno. The
 * token is "restarted" (the call survived two handler runs and then
 * completed), the errno it ended with ("EINTR", or "ECONNREFUSED" for a
 * call that never blocked), "ok" (it completed before any handler ran
 * inside it), or "blocked" (it did not end within WAIT_MS of complete()).
 */
#ifndef UDSPROBE_SIGNALS_INTR_H
#define UDSPROBE_SIGNALS_INTR_H

#include "probe.h"
#include "stream.h"

#include <signal.h>
#include <string.h>

/* How long a call must not return to count as blocked (as call_blocks()). */
#define INTR_QUIET_MS 100

static volatile sig_atomic_t intr_in_call;
static int intr_note_fd = -1;

static void intr_handler(int sig)
{
    (void)sig;
    if (intr_in_call) {
        char b = 1;
        ssize_t n = write(intr_note_fd, &b, 1);
        (void)n;
    }
}

struct intr_run {
    int restart;
    int (*call)(void *);
    void *arg;
    int go[2], note[2];
};

static int intr_child(void *p)
{
    struct intr_run *r = p;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = intr_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = r->restart ? SA_RESTART : 0;
    if (sigaction(SIGUSR1, &sa, NULL) < 0)
        return 254;
    close(r->go[0]);
    close(r->note[0]);
    intr_note_fd = r->note[1];
    intr_in_call = 1;
    char b = 1;
    if (write(r->go[1], &b, 1) != 1)
        return 254;
    int rc = r->call(r->arg);
    intr_in_call = 0;
    return rc;
}

static inline const char *intr_token(int restart, int (*call)(void *), void *arg,
                                     void (*complete)(void *), void *carg)
{
    struct intr_run r = { restart, call, arg, { -1, -1 }, { -1, -1 } };
    make_pipe(r.go);
    make_pipe(r.note);
    pid_t pid = run_child(intr_child, &r);
    close(r.go[1]);
    close(r.note[1]);
    char b;
    if (wait_events(r.go[0], POLLIN, WAIT_MS) <= 0 || read(r.go[0], &b, 1) != 1)
        setup_error("child", "did not reach the call");
    /* Two rounds: wait for the call to end (call_blocks()'s rule: one that
     * has not returned within INTR_QUIET_MS is blocked), then one signal,
     * and wait for the handler's byte. */
    int handled = 0, ended = 0;
    for (int round = 0; round < 2 && !ended; round++) {
        if (wait_events(r.note[0], POLLIN, INTR_QUIET_MS) > 0) {
            if (read(r.note[0], &b, 1) != 0)
                setup_error("child", "handler ran with no signal sent");
            ended = 1;
            break;
        }
        kill(pid, SIGUSR1);
        if (wait_events(r.note[0], POLLIN, WAIT_MS) <= 0)
            setup_error("signal", "the handler did not run");
        ssize_t n = read(r.note[0], &b, 1);
        if (n == 1)
            handled++;
        else
            ended = 1;
    }
    if (!ended)
        complete(carg);
    int rc = wait_child(pid, WAIT_MS);
    close(r.go[0]);
    close(r.note[0]);
    if (rc < 0)
        return "blocked";
    if (rc >= 128)
        setup_error("child", "exit code %d", rc);
    if (rc != 0)
        return errno_name(rc);
    return ended ? "ok" : "restarted";
}

/* ---- the four calls: set up, block in the child, let it complete ------ */

static int intr_sv[2], intr_listener;

static int intr_recv_call(void *arg)
{
    (void)arg;
    char b;
    ssize_t n = recv(intr_sv[1], &b, 1, 0);
    return n == 1 ? 0 : n < 0 ? errno : 255;
}

static void intr_send_byte(void *arg)
{
    (void)arg;
    if (send(intr_sv[0], "x", 1, 0) != 1)
        setup_failed("send");
}

/* recv() of 1 byte on an empty socketpair end; completed by a send. */
static inline const char *intr_recv(int type, int restart)
{
    uds_pair(type, intr_sv);
    return intr_token(restart, intr_recv_call, NULL, intr_send_byte, NULL);
}

static int intr_accept_call(void *arg)
{
    (void)arg;
    return accept(intr_listener, NULL, NULL) >= 0 ? 0 : errno;
}

static void intr_connect_once(void *arg)
{
    (void)uds_connect_to(*(int *)arg, "l");
}

/* accept() on a listener with nothing pending; completed by a connect. */
static inline const char *intr_accept(int type, int restart)
{
    intr_listener = uds_listener(type, "l", 4);
    return intr_token(restart, intr_accept_call, NULL, intr_connect_once, &type);
}

static int intr_send_call(void *arg)
{
    (void)arg;
    return send(intr_sv[0], "x", 1, 0) == 1 ? 0 : errno;
}

static void intr_drain(void *arg)
{
    (void)arg;
    char buf[4096];
    CHECK(set_nonblocking(intr_sv[1], 1));
    while (recv(intr_sv[1], buf, sizeof buf, 0) > 0)
        ;
}

/* A blocking 1-byte send() on a socketpair end whose buffer is full;
 * completed by draining the other end. */
static inline const char *intr_send(int type, int restart)
{
    uds_pair(type, intr_sv);
    if (fill_socket(intr_sv[0], 512) == 0)
        setup_error("fill_socket", "nothing could be sent");
    CHECK(set_nonblocking(intr_sv[0], 0));
    return intr_token(restart, intr_send_call, NULL, intr_drain, NULL);
}

static int intr_connect_call(void *arg)
{
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "l");
    int s = socket(AF_UNIX, *(int *)arg, 0);
    if (s < 0)
        return 255;
    return connect(s, (struct sockaddr *)&sa, len) < 0 ? errno : 0;
}

static void intr_accept_one(void *arg)
{
    (void)arg;
    CHECK(accept(intr_listener, NULL, NULL));
}

/* A blocking connect() to a listener whose backlog (listen(l, 0)) is full
 * of non-blocking connects; completed by accepting one of them. Where such
 * a connect fails at once, the token is its errno. */
static inline const char *intr_connect(int type, int restart)
{
    intr_listener = uds_listener(type, "l", 0);
    int err;
    if (connect_until_failure(type, "l", 16, &err) == 16)
        setup_error("backlog", "16 pending connections did not fill it");
    return intr_token(restart, intr_connect_call, &type, intr_accept_one, NULL);
}

#endif
