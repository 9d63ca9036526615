/* report_md.c - the Markdown summary a person reads. */
#include "report.h"
#include "signames.h"

#include <string.h>

static void code(struct strbuf *sb, const char *s)
{
    sb_putc(sb, '`');
    for (const char *p = s; p && *p; p++) {
        if (*p == '`')
            sb_putc(sb, '\'');
        else if (*p == '|')
            sb_puts(sb, "\\|");
        else if ((unsigned char)*p < 0x20 || (unsigned char)*p > 0x7e)
            sb_putc(sb, '?');
        else
            sb_putc(sb, *p);
    }
    sb_putc(sb, '`');
}

static void text(struct strbuf *sb, const char *s)
{
    plain_line(sb, s, "|\\<>*_[]`");
}

static void values(struct strbuf *sb, const struct expectation *e)
{
    for (int i = 0; i < e->nvalues; i++) {
        sb_puts(sb, i ? " or " : "");
        code(sb, e->values[i]);
    }
}

/* "observed value", "n/a: reason", "error: detail" for one cell. */
static void outcome_cell(struct strbuf *sb, const struct result *r)
{
    if (r->outcome == OUT_OBSERVED && (r->verdict < V_ERROR)) {
        code(sb, r->value);
    } else if (r->verdict == V_NA) {
        sb_puts(sb, "n/a: ");
        text(sb, r->value);
    } else {
        text(sb, r->detail ? r->detail : verdict_name(r->verdict));
    }
}

static void expected_cell(struct strbuf *sb, const struct result *r)
{
    const struct expectation *e = r->doc ? r->doc : r->src;
    if (e == NULL)
        return;
    values(sb, e);
    sb_printf(sb, " (%s: ", expect_class_name(e->cls));
    text(sb, e->citation);
    sb_putc(sb, ')');
    if (r->doc && r->src && r->verdict == V_DIVERGES && r->src_match)
        sb_puts(sb, "; matches the source-derived value");
}

static void fingerprint_table(struct strbuf *sb, const struct run *run)
{
    const struct fingerprint *fp = &run->fp;
    sb_puts(sb, "| | |\n|---|---|\n");
    sb_printf(sb, "| target | %s |\n", fp->target);
    sb_printf(sb, "| OS | %s %s (%s) |\n", fp->os, fp->release, fp->machine);
    sb_printf(sb, "| libc | %s %s |\n", fp->libc, fp->libc_version);
    sb_printf(sb, "| ABI | %d-bit, %s-endian |\n", fp->abi_bits, fp->endian);
    sb_printf(sb, "| compiler | %s |\n", fp->compiler);
    sb_printf(sb, "| emulated | %s |\n", fp->emulated[0] ? fp->emulated : "no");
    sb_printf(sb, "| run as | uid %ld |\n", fp->euid);
    sb_printf(sb, "| suite | udsprobe %s, %s, %d jobs, %.1f s |\n", run->suite_version,
              run->started, run->jobs, run->duration_s);
    sb_puts(sb, "| expectations | ");
    if (run->expect_path != NULL) {
        text(sb, run->expect_path);
    } else if (run->expect_missing != NULL) {
        sb_puts(sb, "none: there is no ");
        text(sb, run->expect_missing);
        sb_puts(sb, ", so every probe that observed something is undocumented");
    } else {
        sb_puts(sb, "none");
    }
    sb_puts(sb, " |\n\n");
}

static void problem_list(struct strbuf *sb, const struct run *run, const char *title,
                         int (*pick)(const struct result *))
{
    int any = 0;
    for (int i = 0; i < run->n; i++) {
        const struct result *r = &run->results[i];
        if (!pick(r))
            continue;
        if (!any++)
            sb_printf(sb, "## %s\n\n| probe | observed | documented |\n|---|---|---|\n", title);
        sb_printf(sb, "| [%s](../%s) | ", r->probe->id, r->probe->source);
        outcome_cell(sb, r);
        sb_puts(sb, " | ");
        expected_cell(sb, r);
        sb_puts(sb, " |\n");
    }
    if (any)
        sb_puts(sb, "\n");
}

static int is_divergence(const struct result *r) { return r->verdict == V_DIVERGES; }
static int is_failure(const struct result *r) { return verdict_is_failure(r->verdict); }
static int is_killed(const struct result *r) { return r->stopped == STOP_KILLED; }
static int is_changed(const struct result *r) { return r->baseline_changed; }

void report_markdown(const struct run *run, struct strbuf *sb)
{
    sb_printf(sb, "# udsprobe report: %s\n\n", run->fp.target);
    if (!run->complete) {
        sb_puts(sb, "**This run was interrupted");
        if (run->interrupted_by)
            sb_printf(sb, " by %s", signal_name(run->interrupted_by));
        sb_printf(sb, ": %d of %d probes did not run (verdict not-run); the report is "
                      "incomplete.**\n\n", run->n - run_ran(run), run->n);
    }
    fingerprint_table(sb, run);
    sb_printf(sb, "**%d probes:**", run->n);
    for (int v = 0; v < V_COUNT; v++)
        if (run->counts[v] || v <= V_CRASH)
            sb_printf(sb, " %s %d%s", verdict_name((enum verdict)v), run->counts[v],
                      v + 1 < V_COUNT ? "," : "");
    if (sb->len && sb->buf[sb->len - 1] == ',')
        sb->len--, sb->buf[sb->len] = '\0';
    if (run->baseline_path)
        sb_printf(sb, "; %d changed since the baseline", run->baseline_changed);
    sb_puts(sb, ".\n\n");

    problem_list(sb, run, "Errors, timeouts and crashes", is_failure);
    problem_list(sb, run, "Running when the run was interrupted (killed, no verdict)", is_killed);
    problem_list(sb, run, "Changed since the baseline", is_changed);
    problem_list(sb, run, "Divergences from the documentation", is_divergence);

    sb_puts(sb, "## All probes\n");
    const char *area = "";
    for (int i = 0; i < run->n; i++) {
        const struct result *r = &run->results[i];
        if (strcmp(area, r->probe->area) != 0) {
            area = r->probe->area;
            sb_printf(sb, "\n### %s\n\n| probe | verdict | observed | documented |\n"
                          "|---|---|---|---|\n", area);
        }
        sb_printf(sb, "| [%s](../%s) | %s | ", r->probe->id, r->probe->source,
                  verdict_name(r->verdict));
        outcome_cell(sb, r);
        sb_puts(sb, " | ");
        expected_cell(sb, r);
        sb_puts(sb, " |\n");
    }
}
