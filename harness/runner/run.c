/* run.c - counting verdicts and deciding whether the run failed. */
#include "report.h"

void run_count(struct run *run)
{
    for (int v = 0; v < V_COUNT; v++)
        run->counts[v] = 0;
    run->baseline_changed = 0;
    for (int i = 0; i < run->n; i++) {
        run->counts[run->results[i].verdict]++;
        run->baseline_changed += run->results[i].baseline_changed;
    }
}

int run_ran(const struct run *run)
{
    int n = 0;
    for (int i = 0; i < run->n; i++)
        n += run->results[i].verdict != V_NOT_RUN;
    return n;
}

int result_fails(const struct run *run, const struct result *r)
{
    return verdict_is_failure(r->verdict) || (run->strict && r->verdict == V_DIVERGES) ||
           r->baseline_changed;
}

int run_failed(const struct run *run)
{
    if (!run->complete)
        return 1;
    for (int i = 0; i < run->n; i++)
        if (result_fails(run, &run->results[i]))
            return 1;
    return 0;
}
