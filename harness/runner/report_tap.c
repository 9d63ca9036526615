/*
 * report_tap.c - TAP version 13.
 *
 * Failures of the run are "not ok". A divergence that does not fail the run
 * is "not ok ... # TODO": visible, but not a failure to a TAP consumer.
 * n/a is "ok ... # SKIP". A probe an interruption kept from a verdict is
 * "not ok ... # SKIP not run: why": the SKIP directive says there is no
 * result, and "not ok" that nothing was checked (TAP consumers count it as
 * failed); the file then ends with "Bail out!".
 */
#include "report.h"
#include "signames.h"

void report_tap(const struct run *run, struct strbuf *sb)
{
    sb_printf(sb, "TAP version 13\n1..%d\n", run->n);
    for (int i = 0; i < run->n; i++) {
        const struct result *r = &run->results[i];
        int fails = result_fails(run, r) || r->verdict == V_NOT_RUN;
        int todo = !fails && r->verdict == V_DIVERGES;
        sb_printf(sb, "%s %d - ", fails || todo ? "not ok" : "ok", i + 1);
        plain_line(sb, r->probe->id, "#\\");
        if (r->verdict == V_NA) {
            sb_puts(sb, " # SKIP ");
            plain_line(sb, r->value, "#\\");
        } else if (r->verdict == V_NOT_RUN) {
            sb_puts(sb, " # SKIP not run");
            if (r->detail) {
                sb_puts(sb, ": ");
                plain_line(sb, r->detail, "#\\");
            }
        } else {
            sb_printf(sb, " # %s%s", todo ? "TODO " : "", verdict_name(r->verdict));
            if (r->outcome == OUT_OBSERVED && r->value && !verdict_is_failure(r->verdict)) {
                sb_puts(sb, ": ");
                plain_line(sb, r->value, "#\\");
            } else if (r->detail) {
                sb_puts(sb, ": ");
                plain_line(sb, r->detail, "#\\");
            }
        }
        sb_putc(sb, '\n');
    }
    if (!run->complete) {
        sb_puts(sb, "Bail out! run interrupted");
        if (run->interrupted_by)
            sb_printf(sb, " by %s", signal_name(run->interrupted_by));
        sb_printf(sb, ": %d of %d probes did not run\n", run->n - run_ran(run), run->n);
    }
}
