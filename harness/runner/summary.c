/* summary.c - what a person reads at the end of a run, on stdout. */
#include "summary.h"
#include "signames.h"

#include <stdio.h>

static void print_header(const struct run *run)
{
    const struct fingerprint *fp = &run->fp;
    printf("udsprobe %s: %s, %s %s %s, %s %s, run as uid %ld\n", run->suite_version, fp->target,
           fp->os, fp->release, fp->machine, fp->libc, fp->libc_version, fp->euid);
    printf("%d probes in %.1f s:", run->n, run->duration_s);
    for (int v = 0; v < V_COUNT; v++)
        if (v <= V_CRASH || run->counts[v])
            printf("%s %d %s", v ? "," : "", run->counts[v], verdict_name((enum verdict)v));
    printf("\n");
}

/* Divergences, failures and changes since the baseline, one line each. */
static void print_findings(const struct run *run)
{
    for (int i = 0; i < run->n; i++) {
        const struct result *r = &run->results[i];
        if (r->verdict == V_DIVERGES) {
            const struct expectation *e = r->doc ? r->doc : r->src;
            printf("  diverges  %-46s observed %-16s %s: %s%s (%s)\n", r->probe->id, r->value,
                   expect_class_name(e->cls), e->values[0], e->nvalues > 1 ? " ..." : "",
                   e->citation);
        } else if (verdict_is_failure(r->verdict)) {
            printf("  %-9s %-46s %s\n", verdict_name(r->verdict), r->probe->id,
                   r->detail ? r->detail : "");
        }
        if (r->baseline_changed)
            printf("  changed   %-46s was %s\n", r->probe->id, r->baseline_value);
    }
}

static void print_interrupted(const struct run *run, const char *by)
{
    for (int i = 0; i < run->n; i++) {
        const struct result *r = &run->results[i];
        if (r->stopped == STOP_KILLED)
            printf("  %-9s %-46s %s\n", "killed", r->probe->id, "running when interrupted");
    }
    printf("the run was interrupted by %s: %d of %d probes did not run; the reports are "
           "marked incomplete\n", by, run->n - run_ran(run), run->n);
}

void print_summary(const struct run *run, const struct strbuf *written)
{
    print_header(run);
    print_findings(run);
    const char *by = run->interrupted_by ? signal_name(run->interrupted_by) : "a signal";
    if (!run->complete)
        print_interrupted(run, by);
    if (written->len)
        printf("reports:%s\n", written->buf);
    /* Only what ran is counted: a probe that did not run neither passed
     * nor failed. */
    int ran = run_ran(run), failed = 0;
    for (int i = 0; i < run->n; i++)
        failed += run->results[i].verdict != V_NOT_RUN && result_fails(run, &run->results[i]);
    int skipped = run->counts[V_NA];
    /* The plain closing line CI systems read. */
    if (!run->complete)
        printf("udsprobe: interrupted by %s: %d passed, %d failed, %d skipped, %d not run\n", by,
               ran - failed - skipped, failed, skipped, run->n - ran);
    else
        printf("udsprobe: %d passed, %d failed, %d skipped\n", ran - failed - skipped, failed,
               skipped);
}
