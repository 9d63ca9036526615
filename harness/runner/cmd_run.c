/* cmd_run.c - `udsprobe run`: parse, prepare, run, report, free. */
#include "cmd_run.h"
#include "signals.h"
#include "signames.h"
#include "summary.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Run the probes: their verdicts, whether the run was stopped, and what
 * changed since the baseline. */
static void run_probes(struct run_state *st)
{
    struct run *run = &st->run;
    time_t t0 = time(NULL);
    strftime(run->started, sizeof run->started, "%Y-%m-%dT%H:%M:%SZ", gmtime(&t0));
    double start = now_ms();
    int stopped = exec_run(run->results, run->n, &st->eo);
    run->duration_s = (now_ms() - start) / 1000.0;
    run->complete = stopped == 0;
    run->interrupted_by = stopped;
    if (stopped)
        progress_clear(&st->opt.progress);
    if (st->base != NULL)
        baseline_apply(st->base, run->results, run->n);
    run_count(run);
}

static void write_report(struct run_state *st, const struct report_format *f)
{
    struct strbuf sb;
    sb_init(&sb);
    f->write(&st->run, &sb);
    char *path = xasprintf("%s/%s.%s", st->opt.outdir, st->opt.target, f->extension);
    if (write_file_atomic(path, sb.buf, sb.len) < 0)
        die("cannot write %s: %s", path, strerror(errno));
    sb_printf(&st->written, " %s", path);
    free(path);
    sb_free(&sb);
}

/* The reports asked for, then the summary; the exit status. */
static int run_report(struct run_state *st)
{
    for (int i = 0; i < report_format_count; i++)
        if (st->opt.formats & (1u << i))
            write_report(st, &report_formats[i]);
    print_summary(&st->run, &st->written);
    fflush(stdout);
    /* Interrupted: 128 + the signal, as a shell reports a command it
     * killed (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP). */
    int stopped = st->run.interrupted_by;
    int rc = stopped ? 128 + stopped : run_failed(&st->run) ? 1 : 0;
    int late = stopped ? 0 : stop_signal_pending();
    if (late) {
        fprintf(stderr, "udsprobe: %s after the run; the reports are complete\n",
                signal_name(late));
        rc = 128 + late;
    }
    return rc;
}

static void run_free(struct run_state *st)
{
    for (int i = 0; i < st->run.n; i++) {
        struct result *r = &st->run.results[i];
        free(r->value);
        free(r->detail);
        free(r->ran_as);
        free(r->baseline_value);
        sb_free(&r->out);
        sb_free(&r->err);
    }
    free(st->run.results);
    sb_free(&st->written);
    expect_free(&st->exp);
    baseline_free(st->base);
    free(st->default_exp);
    free(st->sel);
}

int cmd_run(int argc, char **argv, const char *exe, const struct probe_lookup *lookup)
{
    /* Blocked from the start: a stop signal before the run makes an
     * empty, incomplete report, and one while the reports are written
     * waits until they are (never a half-written file or a stray temp
     * file). exec_run unblocks them while the probes run. */
    stop_signals_block();
    struct run_state *st = xcalloc(1, sizeof *st);
    run_parse(&st->opt, argc, argv);
    run_prepare(st, lookup, exe);
    run_probes(st);
    int rc = run_report(st);
    run_free(st);
    free(st);
    return rc;
}
