/*
 * exec.c - the probe runner's process model.
 *
 * Each probe runs in its own process group, in a fresh mkdtemp scratch dir
 * (0700, removed afterwards), with stdin on /dev/null, stdout and stderr on
 * pipes, default signal dispositions, no core dumps, and a wall-clock
 * deadline. When the probe's process ends (or its deadline passes) the whole
 * group is killed, so grandchildren cannot linger. On Linux the runner is a
 * child subreaper, so descendants that escape into another process group
 * come back to it and are killed when the run ends.
 *
 * Everything is driven by one poll loop: the probes' pipes, and a self-pipe
 * written by the SIGCHLD, SIGINT, SIGTERM and SIGHUP handlers. A probe that
 * cannot be started (no descriptors or processes left) gets an error
 * verdict; the run goes on and still cleans up after the others.
 */
#include "exec.h"
#include "../common/rmtree.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

const char *errno_name(int err); /* harness/lib/errnames.c */
extern char **environ;

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

static int self_pipe[2] = { -1, -1 };
static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
    int saved = errno;
    /* the first stop signal is the one the reports name */
    if ((sig == SIGINT || sig == SIGTERM || sig == SIGHUP) && !interrupted)
        interrupted = sig;
    char b = (char)sig;
    if (write(self_pipe[1], &b, 1) < 0) {
        /* the pipe is full: a wake-up is already pending */
    }
    errno = saved;
}

const char *signal_name(int sig)
{
    static const struct { int sig; const char *name; } names[] = {
        { SIGHUP, "SIGHUP" }, { SIGINT, "SIGINT" }, { SIGQUIT, "SIGQUIT" },
        { SIGILL, "SIGILL" }, { SIGTRAP, "SIGTRAP" }, { SIGABRT, "SIGABRT" },
        { SIGBUS, "SIGBUS" }, { SIGFPE, "SIGFPE" }, { SIGKILL, "SIGKILL" },
        { SIGUSR1, "SIGUSR1" }, { SIGSEGV, "SIGSEGV" }, { SIGUSR2, "SIGUSR2" },
        { SIGPIPE, "SIGPIPE" }, { SIGALRM, "SIGALRM" }, { SIGTERM, "SIGTERM" },
        { SIGCHLD, "SIGCHLD" }, { SIGCONT, "SIGCONT" }, { SIGSTOP, "SIGSTOP" },
        { SIGTSTP, "SIGTSTP" }, { SIGTTIN, "SIGTTIN" }, { SIGTTOU, "SIGTTOU" },
        { SIGURG, "SIGURG" }, { SIGXCPU, "SIGXCPU" }, { SIGXFSZ, "SIGXFSZ" },
        { SIGVTALRM, "SIGVTALRM" }, { SIGPROF, "SIGPROF" }, { SIGSYS, "SIGSYS" },
    };
    static char other[24];
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (names[i].sig == sig)
            return names[i].name;
    snprintf(other, sizeof other, "signal %d", sig);
    return other;
}

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

/* ---- the child side: everything between fork and exec ------------------ */

static void child_fail(const char *where)
{
    /* Reported through the protocol, so the verdict names the cause. */
    dprintf(1, "error %s %s\n", where, errno_name(errno));
    _exit(127);
}

static void reset_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_DFL;
    sigemptyset(&sa.sa_mask);
    for (int sig = 1; sig < 65; sig++)
        if (sig != SIGKILL && sig != SIGSTOP)
            sigaction(sig, &sa, NULL);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
}

/* Descriptors the runner inherited without close-on-exec (from make, a CI
 * job, a test) must not reach the probes, some of which count or exhaust
 * their own. */
static void close_inherited(void)
{
#if defined(__FreeBSD__) || defined(__OpenBSD__) || defined(__NetBSD__) || \
    (defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34)))
    closefrom(3);
#else
    DIR *d = opendir("/proc/self/fd");
    if (d == NULL)
        d = opendir("/dev/fd");
    if (d == NULL)
        return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        char *end;
        long fd = strtol(e->d_name, &end, 10);
        if (*end == '\0' && end != e->d_name && fd >= 3 && fd != dirfd(d))
            close((int)fd);
    }
    closedir(d);
#endif
}

/* Drop to uid/gid with no supplementary groups, then check that it held:
 * real, effective and saved ids, the group list, and no way back to root. */
static void drop_privileges(uid_t uid, gid_t gid)
{
    if (setgroups(0, NULL) < 0 || setgid(gid) < 0 || setuid(uid) < 0)
        child_fail("drop-privileges");
    int saved_ok = 1;
#if defined(__linux__) || defined(__FreeBSD__) || defined(__OpenBSD__)
    uid_t ru, eu, su;
    gid_t rg, eg, sg;
    saved_ok = getresuid(&ru, &eu, &su) == 0 && getresgid(&rg, &eg, &sg) == 0 && su == uid &&
               sg == gid;
#endif
    if (!saved_ok || getuid() != uid || geteuid() != uid || getgid() != gid ||
        getegid() != gid || getgroups(0, NULL) != 0 || setuid(0) == 0) {
        errno = EPERM;
        child_fail("drop-privileges-verify");
    }
}

static void child_exec(const struct slot *s, const struct exec_opts *o, int out, int err,
                       int drop)
{
    setpgid(0, 0);
    reset_signals();
    struct rlimit no_core = { 0, 0 };
    setrlimit(RLIMIT_CORE, &no_core);
    int devnull = open("/dev/null", O_RDONLY);
    if (devnull < 0 || dup2(devnull, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0)
        _exit(126);
    if (devnull > 2)
        close(devnull);
    close_inherited();
    if (chdir(s->scratch) < 0)
        child_fail("chdir-scratch");
    if (setenv("UDSPROBE_SCRATCH", s->scratch, 1) < 0 || setenv("UDSPROBE_TAG", s->tag, 1) < 0 ||
        setenv("TMPDIR", s->scratch, 1) < 0 ||
        (o->ids != NULL && setenv("UDSPROBE_IDS", o->ids, 1) < 0))
        child_fail("setenv");
    const char *id = s->r->probe->id;
    char probe[PATH_MAX];
    if (o->multicall != NULL)
        snprintf(probe, sizeof probe, "%s", o->multicall);
    else
        snprintf(probe, sizeof probe, "%s/%s", o->probe_dir, id);
    /* A multi-call binary is told which probe to be; a standalone probe sees
     * its ID as argv[0]. Under an emulator (qemu-user with no binfmt_misc),
     * the emulator is what runs, with the probe's path as its first argument. */
    char *argv_multi[] = { probe, (char *)id, NULL };
    char *argv_one[] = { (char *)id, NULL };
    char *argv_via[] = { (char *)o->exec_via, probe, o->multicall != NULL ? (char *)id : NULL,
                         NULL };
    char **argv = o->exec_via != NULL ? argv_via : o->multicall != NULL ? argv_multi : argv_one;
    const char *path = o->exec_via != NULL ? o->exec_via : probe;
    if (drop) {
#if defined(__linux__) || defined(__FreeBSD__)
        /* Open the binary while still root: the build may sit in a directory
         * the unprivileged identity cannot search (a clone under /root). */
        int exe = open(path, O_RDONLY | O_CLOEXEC);
        if (exe < 0)
            child_fail("exec");
        drop_privileges(o->drop_uid, o->drop_gid);
        fexecve(exe, argv, environ);
        child_fail("exec");
#else
        drop_privileges(o->drop_uid, o->drop_gid);
#endif
    }
    execv(path, argv);
    child_fail("exec");
}

/* ---- the parent side --------------------------------------------------- */

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

static int start_slot(struct slot *s, struct result *r, int index, const struct exec_opts *o)
{
    memset(s, 0, sizeof *s);
    s->r = r;
    snprintf(s->tag, sizeof s->tag, "%s.%d", o->run_tag, index);
    s->out_fd = s->err_fd = -1;
    snprintf(s->scratch, sizeof s->scratch, "%s/udsprobe.XXXXXX", o->tmpdir);
    if (mkdtemp(s->scratch) == NULL) {
        r->verdict = V_ERROR;
        r->detail = xasprintf("mkdtemp in %s: %s", o->tmpdir, strerror(errno));
        return -1;
    }
    int drop = needs_drop(r);
    if (drop && chown(s->scratch, o->drop_uid, o->drop_gid) < 0) {
        r->verdict = V_ERROR;
        r->detail = xasprintf("chown scratch dir: %s", strerror(errno));
        rmtree(s->scratch);
        return -1;
    }
    r->ran_as = drop ? xasprintf("uid=%ld,gid=%ld", (long)o->drop_uid, (long)o->drop_gid)
                     : xasprintf("uid=%ld,gid=%ld", (long)geteuid(), (long)getegid());
    int out[2] = { -1, -1 }, err[2] = { -1, -1 };
    s->start = now_ms();
    s->deadline = s->start + o->timeout_ms;
    const char *failed = NULL;
    if (cloexec_pipe(out) < 0 || cloexec_pipe(err) < 0)
        failed = "pipe";
    else if ((s->pid = fork()) < 0)
        failed = "fork";
    if (failed != NULL) {
        r->verdict = V_ERROR;
        r->detail = xasprintf("the harness could not start it: %s: %s", failed,
                              strerror(errno));
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
    if (s->pid == 0)
        child_exec(s, o, out[1], err[1], drop);
    setpgid(s->pid, s->pid); /* also done by the child; whichever runs first */
    close(out[1]);
    close(err[1]);
    s->out_fd = out[0];
    s->err_fd = err[0];
    set_nonblock(s->out_fd);
    set_nonblock(s->err_fd);
    return 0;
}

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

static void finish_slot(struct slot *s, const struct exec_opts *o)
{
    struct result *r = s->r;
    kill(-s->pid, SIGKILL); /* anything the probe left in its group */
    drain(s, &s->out_fd, 1);
    drain(s, &s->err_fd, 0);
    if (s->line.len > 0)
        take_line(s);
    if (s->out_fd >= 0)
        close(s->out_fd);
    if (s->err_fd >= 0)
        close(s->err_fd);
    r->duration_ms = now_ms() - s->start;
    if (s->stopped) {
        r->verdict = V_NOT_RUN;
        r->stopped = STOP_KILLED;
        r->exit_code = -1;
        r->detail = xasprintf("killed while running: the run was interrupted by %s",
                              signal_name(interrupted));
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
    if (rmtree(s->scratch) < 0)
        fprintf(stderr, "udsprobe: warning: could not remove %s: %s\n", s->scratch,
                strerror(errno));
    s->pid = 0;
}

#ifdef __linux__
/* Kill every process whose parent is the runner (descendants that escaped
 * their process group were reparented here by the subreaper flag). */
static void kill_strays(void)
{
    for (int round = 0; round < 16; round++) {
        DIR *d = opendir("/proc");
        if (d == NULL)
            return;
        int found = 0;
        struct dirent *e;
        while ((e = readdir(d)) != NULL) {
            char *end;
            long pid = strtol(e->d_name, &end, 10);
            if (*end != '\0' || pid <= 0)
                continue;
            char path[64], buf[512];
            snprintf(path, sizeof path, "/proc/%ld/stat", pid);
            int fd = open(path, O_RDONLY | O_CLOEXEC);
            if (fd < 0)
                continue;
            ssize_t n = read(fd, buf, sizeof buf - 1);
            close(fd);
            if (n <= 0)
                continue;
            buf[n] = '\0';
            char *rp = strrchr(buf, ')'); /* comm may hold spaces */
            long ppid;
            char state;
            if (rp == NULL || sscanf(rp + 1, " %c %ld", &state, &ppid) != 2)
                continue;
            if (ppid == (long)getpid()) {
                kill((pid_t)pid, SIGKILL);
                found++;
            }
        }
        closedir(d);
        while (waitpid(-1, NULL, WNOHANG) > 0)
            ;
        if (!found)
            return;
        /* wait for the killed ones so their own children reparent to us */
        while (waitpid(-1, NULL, 0) > 0)
            ;
    }
}
#endif

struct saved_signals {
    struct sigaction chld, intr, term, hup;
    sigset_t mask;
};

/* The caller may keep the stop signals blocked outside the run (main.c
 * does); they are unblocked here and the old mask restored afterwards. */
static void install_handlers(struct saved_signals *old)
{
    if (cloexec_pipe(self_pipe) < 0)
        die("pipe: %s", strerror(errno));
    set_nonblock(self_pipe[0]);
    set_nonblock(self_pipe[1]);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGCHLD, &sa, &old->chld);
    sigaction(SIGINT, &sa, &old->intr);
    sigaction(SIGTERM, &sa, &old->term);
    sigaction(SIGHUP, &sa, &old->hup);
    sigset_t ours;
    sigemptyset(&ours);
    sigaddset(&ours, SIGCHLD);
    sigaddset(&ours, SIGINT);
    sigaddset(&ours, SIGTERM);
    sigaddset(&ours, SIGHUP);
    sigprocmask(SIG_UNBLOCK, &ours, &old->mask);
}

static void restore_handlers(const struct saved_signals *old)
{
    sigprocmask(SIG_SETMASK, &old->mask, NULL);
    sigaction(SIGCHLD, &old->chld, NULL);
    sigaction(SIGINT, &old->intr, NULL);
    sigaction(SIGTERM, &old->term, NULL);
    sigaction(SIGHUP, &old->hup, NULL);
    close(self_pipe[0]);
    close(self_pipe[1]);
    self_pipe[0] = self_pipe[1] = -1;
}

int exec_run(struct result *results, int n, const struct exec_opts *o)
{
    struct saved_signals old;
    interrupted = 0;
    install_handlers(&old);
#ifdef __linux__
    prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
#endif
    int jobs = o->jobs > 0 ? o->jobs : 1;
    struct slot *slots = xcalloc((size_t)jobs, sizeof *slots);
    struct pollfd *pfds = xcalloc((size_t)(2 * jobs + 1), sizeof *pfds);
    int next = 0, active = 0, done = 0;

    while (next < n || active > 0) {
        while (!interrupted && active < jobs && next < n) {
            struct result *r = &results[next++];
            if (skip_unmet(r)) {
                done++;
                if (o->progress)
                    o->progress(r, done, n, o->ctx);
                continue;
            }
            struct slot *s = NULL;
            for (int i = 0; i < jobs && s == NULL; i++)
                if (slots[i].pid == 0)
                    s = &slots[i];
            if (start_slot(s, r, next - 1, o) < 0) {
                done++;
                if (o->progress)
                    o->progress(r, done, n, o->ctx);
                continue;
            }
            active++;
        }
        if (active == 0) {
            if (interrupted)
                break;
            continue;
        }

        int np = 0;
        pfds[np++] = (struct pollfd){ .fd = self_pipe[0], .events = POLLIN };
        double now = now_ms(), wait = -1;
        for (int i = 0; i < jobs; i++) {
            struct slot *s = &slots[i];
            if (s->pid == 0)
                continue;
            if (s->out_fd >= 0)
                pfds[np++] = (struct pollfd){ .fd = s->out_fd, .events = POLLIN };
            if (s->err_fd >= 0)
                pfds[np++] = (struct pollfd){ .fd = s->err_fd, .events = POLLIN };
            if (!s->exited && !s->stopped && !s->r->timed_out) {
                /* (a killed probe is waited for through SIGCHLD) */
                double left = s->deadline - now;
                if (wait < 0 || left < wait)
                    wait = left < 0 ? 0 : left;
            }
        }
        if (poll(pfds, (nfds_t)np, wait < 0 ? -1 : (int)wait + 1) < 0 && errno != EINTR)
            die("poll: %s", strerror(errno));

        char sink[64];
        while (read(self_pipe[0], sink, sizeof sink) > 0)
            ;
        int status;
        pid_t pid;
        while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
            for (int i = 0; i < jobs; i++) {
                if (slots[i].pid == pid && !slots[i].exited) {
                    slots[i].exited = 1;
                    slots[i].status = status;
                }
            }
        }
        now = now_ms();
        for (int i = 0; i < jobs; i++) {
            struct slot *s = &slots[i];
            if (s->pid == 0)
                continue;
            drain(s, &s->out_fd, 1);
            drain(s, &s->err_fd, 0);
            if (!s->exited && !s->stopped && !s->r->timed_out &&
                (now >= s->deadline || interrupted)) {
                if (interrupted)
                    s->stopped = 1;
                else
                    s->r->timed_out = 1;
                kill(-s->pid, SIGKILL);
                kill(s->pid, SIGKILL);
            }
            if (s->exited) {
                struct result *r = s->r;
                finish_slot(s, o);
                active--;
                done++;
                if (o->progress)
                    o->progress(r, done, n, o->ctx);
            }
        }
    }
    for (int i = next; i < n; i++) {
        results[i].verdict = V_NOT_RUN;
        results[i].stopped = STOP_NOT_STARTED;
        results[i].ran_as = xstrdup("not run");
        results[i].detail = xasprintf("not started: the run was interrupted by %s",
                                      signal_name(interrupted));
    }
#ifdef __linux__
    kill_strays();
#endif
    free(slots);
    free(pfds);
    int stopped = interrupted;
    restore_handlers(&old);
    return stopped;
}
