/* progress.c - a line per failing (or, verbose, every) probe and a
 * counter; on a terminal the counter is one line rewritten in place. */
#include "progress.h"

#include <stdio.h>

#define CLEAR_LINE "\r\033[K"

void progress_show(const struct result *r, int done, int total, void *ctx)
{
    struct progress *p = ctx;
    int notable = verdict_is_failure(r->verdict);
    if (p->quiet)
        return;
    if (p->tty)
        fputs(CLEAR_LINE, stderr);
    if (p->verbose || notable) {
        fprintf(stderr, "%-12s %-50s %s\n", verdict_name(r->verdict), r->probe->id,
                r->outcome == OUT_OBSERVED && !notable ? r->value
                : r->detail                            ? r->detail
                : r->value                             ? r->value
                                                       : "");
    }
    if (p->tty) {
        fprintf(stderr, "[%d/%d] %s", done, total, r->probe->id);
        if (done == total)
            fputs(CLEAR_LINE, stderr);
    } else if (!p->verbose && done * 10 / total > p->last_tenth) {
        p->last_tenth = done * 10 / total;
        fprintf(stderr, "udsprobe: %d/%d probes done\n", done, total);
    }
}

void progress_clear(const struct progress *p)
{
    if (p->tty && !p->quiet)
        fputs(CLEAR_LINE, stderr);
}
