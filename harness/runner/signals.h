/* signals.h - how the runner treats SIGINT, SIGTERM, SIGHUP and SIGCHLD.
 *
 * Outside a run the three stop signals stay blocked, so that one arriving
 * while the reports are written waits until they are. During a run they
 * are caught, with SIGCHLD, and each wakes the scheduler's poll loop. */
#ifndef UDSPROBE_SIGNALS_H
#define UDSPROBE_SIGNALS_H

#include <signal.h>

/* Block the stop signals and ignore SIGPIPE (a reader of the progress
 * going away must not kill the runner with probes still running). */
void stop_signals_block(void);
/* A stop signal pending while blocked (after a run), or 0. */
int stop_signal_pending(void);

/* The handlers in force before a run, restored after it. */
struct signal_watch {
    struct sigaction chld, intr, term, hup;
    sigset_t mask;
};

/* Catch SIGCHLD and the stop signals until signal_watch_end. Returns the
 * descriptor that becomes readable when one arrives. */
int signal_watch_begin(struct signal_watch *old);
void signal_watch_end(const struct signal_watch *old);
/* Empty the wake-up descriptor. */
void signal_watch_drain(void);
/* The first stop signal caught since signal_watch_begin, or 0. */
int signal_watch_stopped_by(void);

#endif
