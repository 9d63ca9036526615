/* progress.h - what the console shows while a run goes on. */
#ifndef UDSPROBE_PROGRESS_H
#define UDSPROBE_PROGRESS_H

#include "result.h"

struct progress {
    int tty;        /* stderr is a terminal: one line, rewritten */
    int verbose;    /* a line per probe */
    int quiet;      /* nothing */
    int last_tenth; /* off a terminal: the tenths of the run reported */
};

/* An exec_opts.progress callback; ctx is a struct progress. */
void progress_show(const struct result *r, int done, int total, void *ctx);
/* Clear the progress line of an interrupted run. */
void progress_clear(const struct progress *p);

#endif
