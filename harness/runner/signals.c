/*
 * signals.c - stop signals and SIGCHLD, through a self-pipe.
 *
 * A handler only records the first stop signal and writes a byte to a
 * non-blocking pipe whose read end the scheduler polls, so that a signal
 * between two looks at the probes never goes unnoticed.
 */
#include "signals.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

static const int stop_signals[] = { SIGINT, SIGTERM, SIGHUP };
#define N_STOPS (sizeof stop_signals / sizeof stop_signals[0])

static int self_pipe[2] = { -1, -1 };
static volatile sig_atomic_t stopped_by;

static void stop_set(sigset_t *set)
{
    sigemptyset(set);
    for (size_t i = 0; i < N_STOPS; i++)
        sigaddset(set, stop_signals[i]);
}

void stop_signals_block(void)
{
    sigset_t set;
    stop_set(&set);
    sigprocmask(SIG_BLOCK, &set, NULL);
    signal(SIGPIPE, SIG_IGN);
}

int stop_signal_pending(void)
{
    sigset_t set;
    sigemptyset(&set);
    sigpending(&set);
    for (size_t i = 0; i < N_STOPS; i++)
        if (sigismember(&set, stop_signals[i]) == 1)
            return stop_signals[i];
    return 0;
}

static void on_signal(int sig)
{
    int saved = errno;
    /* the first stop signal is the one the reports name */
    if (sig != SIGCHLD && !stopped_by)
        stopped_by = sig;
    char b = (char)sig;
    if (write(self_pipe[1], &b, 1) < 0) {
        /* the pipe is full: a wake-up is already pending */
    }
    errno = saved;
}

int signal_watch_begin(struct signal_watch *old)
{
    if (pipe(self_pipe) < 0)
        die("pipe: %s", strerror(errno));
    for (int i = 0; i < 2; i++) {
        fcntl(self_pipe[i], F_SETFD, FD_CLOEXEC);
        fcntl(self_pipe[i], F_SETFL, fcntl(self_pipe[i], F_GETFL) | O_NONBLOCK);
    }
    stopped_by = 0;
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
    stop_set(&ours);
    sigaddset(&ours, SIGCHLD);
    /* the caller may keep the stop signals blocked outside the run */
    sigprocmask(SIG_UNBLOCK, &ours, &old->mask);
    return self_pipe[0];
}

void signal_watch_end(const struct signal_watch *old)
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

void signal_watch_drain(void)
{
    char sink[64];
    while (read(self_pipe[0], sink, sizeof sink) > 0)
        ;
}

int signal_watch_stopped_by(void)
{
    return stopped_by;
}
