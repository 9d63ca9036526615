/*
 * report_tap.c - TAP version 13.
 *
 * Failures of the run are "not ok". A divergence that does not fail the run
 * is "not ok ... # TODO": visible, but not a failure to a TAP consumer.
 * n/a is "ok ... # SKIP".
 */
#include "report.h"

void report_tap(const struct run *run, struct strbuf *sb)
{
    sb_printf(sb, "TAP version 13\n1..%d\n", run->n);
    for (int i = 0; i < run->n; i++) {
        const struct result *r = &run->results[i];
        int fails = result_fails(run, r);
        int todo = !fails && r->verdict == V_DIVERGES;
        sb_printf(sb, "%s %d - ", fails || todo ? "not ok" : "ok", i + 1);
        plain_line(sb, r->probe->id, "#\\");
        if (r->verdict == V_NA) {
            sb_puts(sb, " # SKIP ");
            plain_line(sb, r->value, "#\\");
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
    if (!run->complete)
        sb_puts(sb, "Bail out! run interrupted\n");
}
