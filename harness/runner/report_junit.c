/*
 * report_junit.c - JUnit XML for CI systems.
 *
 * One testsuite per area. error, timeout and crash are <error>; a divergence
 * is a <failure> only when it fails the run (--strict, or changed since the
 * baseline); otherwise it passes with the finding in <system-out>. n/a is
 * <skipped>, and so is not-run (an interrupted run: the probe was killed
 * while running, or never started), with a message that starts "not run: ".
 */
#include "report.h"

#include <stdlib.h>
#include <string.h>

static void attr(struct strbuf *sb, const char *name, const char *value)
{
    sb_printf(sb, " %s=\"", name);
    xml_text(sb, value);
    sb_putc(sb, '"');
}

static void finding(struct strbuf *sb, const struct result *r)
{
    sb_printf(sb, "%s", verdict_name(r->verdict));
    if (r->outcome == OUT_OBSERVED && r->value)
        sb_printf(sb, ": observed %s", r->value);
    const struct expectation *e = r->doc ? r->doc : r->src;
    if (e != NULL) {
        sb_printf(sb, "; %s:", expect_class_name(e->cls));
        for (int i = 0; i < e->nvalues; i++)
            sb_printf(sb, " %s", e->values[i]);
        sb_printf(sb, " (%s)", e->citation);
    }
    if (r->baseline_changed)
        sb_printf(sb, "; baseline had %s", r->baseline_value);
}

static void testcase(struct strbuf *sb, const struct run *run, const struct result *r)
{
    struct strbuf msg;
    sb_init(&msg);
    finding(&msg, r);
    sb_puts(sb, "    <testcase");
    char *cls = xasprintf("udsprobe.%s", r->probe->area);
    attr(sb, "classname", cls);
    free(cls);
    attr(sb, "name", r->probe->id);
    sb_printf(sb, " time=\"%.3f\">\n", r->duration_ms / 1000.0);
    if (verdict_is_failure(r->verdict)) {
        sb_puts(sb, "      <error");
        attr(sb, "type", verdict_name(r->verdict));
        attr(sb, "message", r->detail ? r->detail : verdict_name(r->verdict));
        sb_puts(sb, "/>\n");
    } else if (result_fails(run, r)) {
        sb_puts(sb, "      <failure");
        attr(sb, "type", r->baseline_changed ? "changed" : "diverges");
        attr(sb, "message", msg.buf);
        sb_puts(sb, "/>\n");
    } else if (r->verdict == V_NA) {
        sb_puts(sb, "      <skipped");
        attr(sb, "message", r->value ? r->value : "n/a");
        sb_puts(sb, "/>\n");
    } else if (r->verdict == V_NOT_RUN) {
        char *why = xasprintf("not run: %s", r->detail ? r->detail : "the run was interrupted");
        sb_puts(sb, "      <skipped");
        attr(sb, "message", why);
        sb_puts(sb, "/>\n");
        free(why);
    }
    sb_puts(sb, "      <system-out>");
    xml_text(sb, msg.buf);
    sb_puts(sb, "</system-out>\n");
    if (r->err.len) {
        sb_puts(sb, "      <system-err>");
        xml_text(sb, r->err.buf);
        sb_puts(sb, "</system-err>\n");
    }
    sb_puts(sb, "    </testcase>\n");
    sb_free(&msg);
}

void report_junit(const struct run *run, struct strbuf *sb)
{
    int errors = 0, failures = 0, skipped = 0;
    for (int i = 0; i < run->n; i++) {
        const struct result *r = &run->results[i];
        errors += verdict_is_failure(r->verdict);
        failures += !verdict_is_failure(r->verdict) && r->verdict != V_NOT_RUN &&
                    result_fails(run, r);
        skipped += r->verdict == V_NA || r->verdict == V_NOT_RUN;
    }
    sb_puts(sb, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites");
    char *name = xasprintf("udsprobe %s", run->fp.target);
    attr(sb, "name", name);
    free(name);
    sb_printf(sb, " tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\" time=\"%.3f\">\n",
              run->n, failures, errors, skipped, run->duration_s);
    int i = 0;
    while (i < run->n) {
        const char *area = run->results[i].probe->area;
        int j = i, e = 0, f = 0, s = 0;
        double t = 0;
        for (; j < run->n && strcmp(run->results[j].probe->area, area) == 0; j++) {
            const struct result *r = &run->results[j];
            e += verdict_is_failure(r->verdict);
            f += !verdict_is_failure(r->verdict) && r->verdict != V_NOT_RUN &&
                 result_fails(run, r);
            s += r->verdict == V_NA || r->verdict == V_NOT_RUN;
            t += r->duration_ms / 1000.0;
        }
        sb_puts(sb, "  <testsuite");
        char *suite = xasprintf("udsprobe.%s", area);
        attr(sb, "name", suite);
        free(suite);
        sb_printf(sb, " tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\" time=\"%.3f\">\n",
                  j - i, f, e, s, t);
        for (; i < j; i++)
            testcase(sb, run, &run->results[i]);
        sb_puts(sb, "  </testsuite>\n");
    }
    sb_puts(sb, "</testsuites>\n");
}
