/*
 * wake.h - a call blocked in one child, woken by what another child does.
 * Shared by cases/wakeup/ only (included as "wake.h", from this directory).
 *
 * wake_token(wait, warg, act, aarg, out, size): the actor child starts
 * first and waits for the waiter's byte; the waiter child (run_child_token)
 * writes that byte and makes wait(warg), a blocking call that ends with
 * child_says() of its result. The library cannot tell that a process
 * sleeps in a call, so the actor uses call_blocks()'s rule: a call that
 * has not returned WAKE_QUIET_MS after the waiter said it is about to make
 * it is blocked. Then the actor makes act(aarg) (shutdown, close, send,
 * connect, drain) and exits. The waiter's token is copied to out, or
 * "blocked" when it did not return within WAIT_MS / 2 of that. No sleeps:
 * every wait is a bounded poll on a pipe.
 *
 * The actor is a separate process on purpose: a shutdown() there acts on
 * the socket both share; a close() there is the last close only when the
 * actor holds the last descriptor (the probe closes its own first).
 */
#ifndef UDSPROBE_WAKEUP_WAKE_H
#define UDSPROBE_WAKEUP_WAKE_H

#include "probe.h"

#include <signal.h>
#include <string.h>

#define WAKE_QUIET_MS 100

struct wake_actor {
    int go;                  /* read end: one byte from the waiter */
    int (*act)(void *);
    void *arg;
};

static int wake_actor_main(void *p)
{
    struct wake_actor *a = p;
    char b;
    if (wait_events(a->go, POLLIN, WAIT_MS) <= 0 || read(a->go, &b, 1) != 1)
        return 254;
    (void)wait_events(a->go, POLLIN, WAKE_QUIET_MS); /* nothing comes: the call blocks */
    return a->act(a->arg);
}

struct wake_waiter {
    int go;                  /* write end */
    int (*wait)(void *);
    void *arg;
};

static int wake_waiter_main(void *p)
{
    struct wake_waiter *w = p;
    char b = 1;
    signal(SIGPIPE, SIG_IGN);
    if (write(w->go, &b, 1) != 1)
        return 254;
    return w->wait(w->arg);
}

static inline const char *wake_token(int (*wait)(void *), void *warg, int (*act)(void *),
                                     void *aarg, int *close_first)
{
    static char out[256];
    int go[2];
    make_pipe(go);
    struct wake_actor a = { go[0], act, aarg };
    pid_t actor = run_child(wake_actor_main, &a);
    if (close_first != NULL)
        CHECK(close(*close_first)); /* now only the actor holds it */
    struct wake_waiter w = { go[1], wait, warg };
    int rc = run_child_token(wake_waiter_main, &w, WAKE_QUIET_MS + WAIT_MS / 2, out, sizeof out);
    int arc = wait_child(actor, WAIT_MS);
    if (arc != 0)
        setup_error("actor", "exit code %d", arc);
    if (rc < 0)
        return "blocked";
    if (rc != 0 || out[0] == '\0')
        setup_error("waiter", "exit code %d", rc);
    return out;
}

/* ---- waits and acts shared by the probes -------------------------------- */

static int wake_sv[2], wake_listener;

static inline int wake_recv(void *arg)
{
    (void)arg;
    char b;
    return child_says("recv=%s", io_result(recv(wake_sv[0], &b, 1, 0)));
}

static inline int wake_poll_in(void *arg)
{
    (void)arg;
    struct pollfd p = { .fd = wake_sv[0], .events = POLLIN, .revents = 0 };
    int n = poll(&p, 1, -1); /* bounded by run_child_token */
    return child_says("poll=%s", n < 0 ? errno_name(errno) : poll_flags_name(p.revents));
}

static inline int wake_accept(void *arg)
{
    (void)arg;
    return child_says("accept=%s", call_result(accept(wake_listener, NULL, NULL)));
}

static inline int wake_send(void *arg)
{
    (void)arg;
    return child_says("send=%s", io_result(send(wake_sv[0], "x", 1, 0)));
}

static inline int wake_close(void *arg)
{
    return close(*(int *)arg) < 0 ? errno : 0;
}

static inline int wake_shut_wr(void *arg)
{
    return shutdown(*(int *)arg, SHUT_WR) < 0 ? errno : 0;
}

#endif
