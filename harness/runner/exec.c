/*
 * exec.c - the probe scheduler.
 *
 * Each probe runs in its own process group, in a fresh mkdtemp scratch dir
 * (0700, removed afterwards), with stdout and stderr on pipes and a
 * wall-clock deadline (the child's own set-up is in spawn.c). When the
 * probe's process ends (or its deadline passes) the whole group is killed,
 * so grandchildren cannot linger; those that escaped the group are killed
 * when the run ends (strays.c).
 *
 * Everything is driven by one poll loop: the probes' pipes, and a self-pipe
 * written by the SIGCHLD, SIGINT, SIGTERM and SIGHUP handlers (signals.c).
 * A probe that cannot be started (no descriptors or processes left) gets an
 * error verdict; the run goes on and still cleans up after the others.
 */
#include "exec.h"
#include "signals.h"
#include "signames.h"
#include "spawn.h"
#include "strays.h"
#include "../common/rmtree.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

struct linebuf {
    char text[1024];
    size_t len;
    int overlong;
};

struct slot {
    struct result *r;
    pid_t pid;
    int out_fd, err_fd;
    char scratch[PATH_MAX];
    char tag[128];
    double start, deadline;
    int exited, status;
    int stopped; /* killed because the run was interrupted */
    struct linebuf line;
};

/* The state of one exec_run. */
struct sched {
    struct result *results;
    int n;
    const struct exec_opts *o;
    struct slot *slots;
    int jobs;
    struct pollfd *pfds;
    int wake_fd;             /* readable when a signal arrived */
    int next, active, done;  /* results[next] starts next */
};

static int cloexec_pipe(int p[2])
{
    if (pipe(p) < 0)
        return -1;
    fcntl(p[0], F_SETFD, FD_CLOEXEC);
    fcntl(p[1], F_SETFD, FD_CLOEXEC);
    return 0;
}

static void set_nonblock(int fd)
{
    int fl = fcntl(fd, F_GETFL);
    if (fl >= 0)
        fcntl(fd, F_SETFL, fl | O_NONBLOCK);
}

static int needs_drop(const struct result *r)
{
    return geteuid() == 0 && strcmp(r->probe->needs, "unprivileged") == 0;
}

/* Probes whose needs cannot be met here get n/a without running. */
static int skip_unmet(struct result *r)
{
    const char *needs = r->probe->needs;
    if (geteuid() != 0 && strcmp(needs, "root") == 0) {
        r->outcome = OUT_NA;
        r->value = xstrdup("needs root; the harness runs unprivileged");
    } else if (geteuid() != 0 && strcmp(needs, "two-identities") == 0) {
        r->outcome = OUT_NA;
        r->value = xstrdup("needs root to act as two identities; the harness runs unprivileged");
    } else {
        return 0;
    }
    r->verdict = V_NA;
    r->nresults = 1;
    r->ran_as = xstrdup("not run");
    return 1;
}

/* The scratch dir, owned by the identity the probe will run as. */
static int make_scratch(struct slot *s, const struct exec_opts *o, int drop)
{
    struct result *r = s->r;
    snprintf(s->scratch, sizeof s->scratch, "%s/udsprobe.XXXXXX", o->tmpdir);
    if (mkdtemp(s->scratch) == NULL) {
        r->verdict = V_ERROR;
        r->detail = xasprintf("mkdtemp in %s: %s", o->tmpdir, strerror(errno));
        return -1;
    }
    if (drop && chown(s->scratch, o->drop_uid, o->drop_gid) < 0) {
        r->verdict = V_ERROR;
        r->detail = xasprintf("chown scratch dir: %s", strerror(errno));
        rmtree(s->scratch);
        return -1;
    }
    return 0;
}

/* Fork failed, or its pipes could not be made: an error, nothing left. */
static int start_failed(struct slot *s, const char *what, int out[2], int err[2])
{
    s->r->verdict = V_ERROR;
    s->r->detail = xasprintf("the harness could not start it: %s: %s", what, strerror(errno));
    for (int i = 0; i < 2; i++) {
        if (out[i] >= 0)
            close(out[i]);
        if (err[i] >= 0)
            close(err[i]);
    }
    /* Nothing ran in it; out of descriptors, rmtree cannot open it. */
    if (rmtree(s->scratch) < 0)
        rmdir(s->scratch);
    s->pid = 0;
    return -1;
}

static int start_slot(struct slot *s, struct result *r, int index, const struct exec_opts *o)
{
    memset(s, 0, sizeof *s);
    s->r = r;
    snprintf(s->tag, sizeof s->tag, "%s.%d", o->run_tag, index);
    s->out_fd = s->err_fd = -1;
    int drop = needs_drop(r);
    if (make_scratch(s, o, drop) < 0)
        return -1;
    r->ran_as = drop ? xasprintf("uid=%ld,gid=%ld", (long)o->drop_uid, (long)o->drop_gid)
                     : xasprintf("uid=%ld,gid=%ld", (long)geteuid(), (long)getegid());
    int out[2] = { -1, -1 }, err[2] = { -1, -1 };
    s->start = now_ms();
    s->deadline = s->start + o->timeout_ms;
    if (cloexec_pipe(out) < 0 || cloexec_pipe(err) < 0)
        return start_failed(s, "pipe", out, err);
    if ((s->pid = fork()) < 0)
        return start_failed(s, "fork", out, err);
    if (s->pid == 0) {
        struct spawn sp = { r->probe->id, s->scratch, s->tag, out[1], err[1], drop };
        spawn_probe(&sp, o);
    }
    setpgid(s->pid, s->pid); /* also done by the child; whichever runs first */
    close(out[1]);
    close(err[1]);
    s->out_fd = out[0];
    s->err_fd = err[0];
    set_nonblock(s->out_fd);
    set_nonblock(s->err_fd);
    return 0;
}

/* ---- what the probe prints --------------------------------------------- */

static void take_line(struct slot *s)
{
    struct result *r = s->r;
    s->line.text[s->line.len] = '\0';
    const char *text;
    enum outcome kind = parse_result_line(s->line.text, &text);
    if (kind != OUT_NONE && !s->line.overlong) {
        if (r->nresults++ == 0) {
            r->outcome = kind;
            r->value = xstrdup(text);
        }
    }
    s->line.len = 0;
    s->line.overlong = 0;
}

static void feed_stdout(struct slot *s, const char *data, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (data[i] == '\n') {
            take_line(s);
        } else if (s->line.len < sizeof s->line.text - 1) {
            s->line.text[s->line.len++] = data[i];
        } else {
            s->line.overlong = 1;
        }
    }
}

static void capture(struct slot *s, struct strbuf *sb, const char *data, size_t n)
{
    size_t room = sb->len < OUTPUT_CAP ? OUTPUT_CAP - sb->len : 0;
    size_t keep = n < room ? n : room;
    sb_add(sb, data, keep);
    s->r->dropped += n - keep;
}

/* Read what is there; close the fd at EOF. */
static void drain(struct slot *s, int *fd, int is_stdout)
{
    char buf[8192];
    while (*fd >= 0) {
        ssize_t n = read(*fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return; /* EAGAIN: nothing more for now */
        if (n == 0) {
            close(*fd);
            *fd = -1;
            return;
        }
        if (is_stdout) {
            feed_stdout(s, buf, (size_t)n);
            capture(s, &s->r->out, buf, (size_t)n);
        } else {
            capture(s, &s->r->err, buf, (size_t)n);
        }
    }
}

/* ---- how the probe ended ------------------------------------------------ */

/* From how the process ended to what the harness saw; what it printed is
 * judged later, by decide_verdict. */
static void record_end(struct slot *s, const struct exec_opts *o)
{
    struct result *r = s->r;
    if (s->stopped) {
        r->verdict = V_NOT_RUN;
        r->stopped = STOP_KILLED;
        r->exit_code = -1;
        r->detail = xasprintf("killed while running: the run was interrupted by %s",
                              signal_name(signal_watch_stopped_by()));
    } else if (r->timed_out) {
        r->verdict = V_TIMEOUT;
        r->exit_code = -1;
        r->detail = xasprintf("still running after %.1f s; process group killed",
                              o->timeout_ms / 1000.0);
    } else if (WIFSIGNALED(s->status)) {
        r->verdict = V_CRASH;
        r->exit_code = -1;
        r->signal = WTERMSIG(s->status);
        r->detail = xasprintf("killed by %s", signal_name(r->signal));
    } else {
        r->exit_code = WEXITSTATUS(s->status);
    }
}

static void finish_slot(struct slot *s, const struct exec_opts *o)
{
    kill(-s->pid, SIGKILL); /* anything the probe left in its group */
    drain(s, &s->out_fd, 1);
    drain(s, &s->err_fd, 0);
    if (s->line.len > 0)
        take_line(s);
    if (s->out_fd >= 0)
        close(s->out_fd);
    if (s->err_fd >= 0)
        close(s->err_fd);
    s->r->duration_ms = now_ms() - s->start;
    record_end(s, o);
    if (rmtree(s->scratch) < 0)
        fprintf(stderr, "udsprobe: warning: could not remove %s: %s\n", s->scratch,
                strerror(errno));
    s->pid = 0;
}

/* ---- the loop ------------------------------------------------------------ */

/* A probe is done: its verdict, then the caller's display of it. */
static void probe_done(struct sched *sc, struct result *r)
{
    const struct exec_opts *o = sc->o;
    decide_verdict(r, o->exp, o->release);
    sc->done++;
    if (o->progress)
        o->progress(r, sc->done, sc->n, o->ctx);
}

/* Start probes while there are free slots and no stop signal came. */
static void start_more(struct sched *sc)
{
    while (!signal_watch_stopped_by() && sc->active < sc->jobs && sc->next < sc->n) {
        int index = sc->next++;
        struct result *r = &sc->results[index];
        if (skip_unmet(r)) {
            probe_done(sc, r);
            continue;
        }
        struct slot *s = NULL;
        for (int i = 0; i < sc->jobs && s == NULL; i++)
            if (sc->slots[i].pid == 0)
                s = &sc->slots[i];
        if (start_slot(s, r, index, sc->o) < 0) {
            probe_done(sc, r);
            continue;
        }
        sc->active++;
    }
}

static int still_timed(const struct slot *s)
{
    return !s->exited && !s->stopped && !s->r->timed_out;
}

/* Sleep until a pipe has data, a signal comes, or the nearest deadline. */
static void wait_for_events(struct sched *sc)
{
    int np = 0;
    sc->pfds[np++] = (struct pollfd){ .fd = sc->wake_fd, .events = POLLIN };
    double now = now_ms(), wait = -1;
    for (int i = 0; i < sc->jobs; i++) {
        const struct slot *s = &sc->slots[i];
        if (s->pid == 0)
            continue;
        if (s->out_fd >= 0)
            sc->pfds[np++] = (struct pollfd){ .fd = s->out_fd, .events = POLLIN };
        if (s->err_fd >= 0)
            sc->pfds[np++] = (struct pollfd){ .fd = s->err_fd, .events = POLLIN };
        if (still_timed(s)) {
            /* (a killed probe is waited for through SIGCHLD) */
            double left = s->deadline - now;
            if (wait < 0 || left < wait)
                wait = left < 0 ? 0 : left;
        }
    }
    if (poll(sc->pfds, (nfds_t)np, wait < 0 ? -1 : (int)wait + 1) < 0 && errno != EINTR)
        die("poll: %s", strerror(errno));
    signal_watch_drain();
}

static void reap_exited(struct sched *sc)
{
    int status;
    pid_t pid;
    while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
        for (int i = 0; i < sc->jobs; i++) {
            if (sc->slots[i].pid == pid && !sc->slots[i].exited) {
                sc->slots[i].exited = 1;
                sc->slots[i].status = status;
            }
        }
    }
}

/* Read every running probe's output; kill those past their deadline (or
 * all, once stopped); finish those that exited. */
static void service_slots(struct sched *sc)
{
    double now = now_ms();
    int stop = signal_watch_stopped_by();
    for (int i = 0; i < sc->jobs; i++) {
        struct slot *s = &sc->slots[i];
        if (s->pid == 0)
            continue;
        drain(s, &s->out_fd, 1);
        drain(s, &s->err_fd, 0);
        if (still_timed(s) && (now >= s->deadline || stop)) {
            if (stop)
                s->stopped = 1;
            else
                s->r->timed_out = 1;
            kill(-s->pid, SIGKILL);
            kill(s->pid, SIGKILL);
        }
        if (s->exited) {
            struct result *r = s->r;
            finish_slot(s, sc->o);
            sc->active--;
            probe_done(sc, r);
        }
    }
}

/* After a stop signal: what never started. */
static void mark_not_started(struct sched *sc)
{
    for (int i = sc->next; i < sc->n; i++) {
        struct result *r = &sc->results[i];
        r->verdict = V_NOT_RUN;
        r->stopped = STOP_NOT_STARTED;
        r->ran_as = xstrdup("not run");
        r->detail = xasprintf("not started: the run was interrupted by %s",
                              signal_name(signal_watch_stopped_by()));
    }
}

int exec_run(struct result *results, int n, const struct exec_opts *o)
{
    struct signal_watch old;
    struct sched sc = { results, n, o, NULL, o->jobs > 0 ? o->jobs : 1, NULL, -1, 0, 0, 0 };
    sc.wake_fd = signal_watch_begin(&old);
    strays_adopt();
    sc.slots = xcalloc((size_t)sc.jobs, sizeof *sc.slots);
    sc.pfds = xcalloc((size_t)(2 * sc.jobs + 1), sizeof *sc.pfds);
    while (sc.next < n || sc.active > 0) {
        start_more(&sc);
        if (sc.active == 0) {
            if (signal_watch_stopped_by())
                break;
            continue;
        }
        wait_for_events(&sc);
        reap_exited(&sc);
        service_slots(&sc);
    }
    mark_not_started(&sc);
    strays_kill();
    free(sc.slots);
    free(sc.pfds);
    int stopped = signal_watch_stopped_by();
    signal_watch_end(&old);
    return stopped;
}
