/* test_reports.c - every report format survives hostile probe output. */
#include <criterion/criterion.h>
#include <signal.h>
#include <string.h>

#include "runner/json.h"
#include "runner/report.h"

static const char hostile_value[] = "a\"b<c>&d]]>e'f\\g#h|i`j";
static const char hostile_err[] = "quote\" backslash\\ tab\t ctl\001 <tag> & ]]> \xff\xfe end\n";

static const struct catalog_entry probe = {
    "area/hostile", "area", "cases/area/hostile.c", "none", "sem \"quoted\" <x>", "", "ADDR-01, FS-02", "",
};

static void make_run(struct run *run, struct result *r)
{
    memset(run, 0, sizeof *run);
    memset(r, 0, sizeof *r);
    fingerprint_take(&run->fp, "host", "");
    run->suite_version = "test";
    run->complete = 1;
    run->results = r;
    run->n = 1;
    r->probe = &probe;
    r->verdict = V_UNDOCUMENTED;
    r->outcome = OUT_OBSERVED;
    r->value = (char *)hostile_value;
    r->ran_as = (char *)"uid=0,gid=0";
    sb_init(&r->err);
    sb_puts(&r->err, hostile_err);
    run_count(run);
}

Test(reports, json_is_valid_and_round_trips)
{
    struct run run;
    struct result r;
    make_run(&run, &r);
    struct strbuf sb;
    sb_init(&sb);
    report_json(&run, &sb);
    char err[160];
    struct json *doc = json_parse(sb.buf, sb.len, err, sizeof err);
    cr_assert_not_null(doc, "report is not valid JSON: %s", err);
    const struct json *probes = json_get(doc, "probes");
    cr_assert_eq(probes->n, 1);
    cr_assert_str_eq(json_get_str(probes->items[0], "value"), hostile_value);
    cr_assert_str_eq(json_get_str(probes->items[0], "semantic"), probe.semantic);
    const char *e = json_get_str(probes->items[0], "stderr");
    cr_assert_not_null(e);
    cr_assert_not_null(strstr(e, "ctl\001 <tag>"), "control byte kept as \\u0001");
    for (size_t i = 0; i < sb.len; i++)
        cr_assert((unsigned char)sb.buf[i] < 0x80 && (sb.buf[i] >= 0x20 || sb.buf[i] == '\n'),
                  "raw byte 0x%02x at %zu", (unsigned char)sb.buf[i], i);
    cr_assert_str_eq(json_get_str(doc, "schema"), "udsprobe-report");
    cr_assert_eq(json_get(doc, "complete")->boolean, 1);
    json_free(doc);
    sb_free(&sb);
    sb_free(&r.err);
}

Test(reports, junit_escapes_everything)
{
    struct run run;
    struct result r;
    make_run(&run, &r);
    struct strbuf sb;
    sb_init(&sb);
    report_junit(&run, &sb);
    cr_assert_null(strstr(sb.buf, "]]>"), "no raw CDATA terminator");
    cr_assert_null(strstr(sb.buf, "<c>"), "no raw markup from the value");
    cr_assert_null(strstr(sb.buf, "<tag>"), "no raw markup from stderr");
    cr_assert_not_null(strstr(sb.buf, "&lt;c&gt;&amp;d]]&gt;e&apos;f"));
    cr_assert_not_null(strstr(sb.buf, "\\x01"));
    cr_assert_not_null(strstr(sb.buf, "\\xff\\xfe"));
    for (size_t i = 0; i < sb.len; i++) {
        unsigned char c = (unsigned char)sb.buf[i];
        cr_assert(c < 0x80 && (c >= 0x20 || c == '\n' || c == '\t'), "raw byte 0x%02x", c);
    }
    cr_assert_not_null(strstr(sb.buf, "tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\""));
    sb_free(&sb);
    sb_free(&r.err);
}

Test(reports, tap_is_one_line_per_probe)
{
    struct run run;
    struct result r;
    make_run(&run, &r);
    struct strbuf sb;
    sb_init(&sb);
    report_tap(&run, &sb);
    int lines = 0;
    for (size_t i = 0; i < sb.len; i++)
        lines += sb.buf[i] == '\n';
    cr_assert_eq(lines, 3, "%s", sb.buf);
    cr_assert_not_null(strstr(sb.buf, "ok 1 - area/hostile # undocumented: a\"b<c>&d]]>e'f\\\\g\\#h|i`j"),
                       "%s", sb.buf);
    sb_free(&sb);
    sb_free(&r.err);
}

Test(reports, tap_marks_divergence_todo_unless_strict)
{
    struct run run;
    struct result r;
    make_run(&run, &r);
    r.verdict = V_DIVERGES;
    run_count(&run);
    struct strbuf sb;
    sb_init(&sb);
    report_tap(&run, &sb);
    cr_assert_not_null(strstr(sb.buf, "not ok 1 - area/hostile # TODO diverges"), "%s", sb.buf);
    sb_free(&sb);
    run.strict = 1;
    report_tap(&run, &sb);
    cr_assert_not_null(strstr(sb.buf, "not ok 1 - area/hostile # diverges"), "%s", sb.buf);
    sb_free(&sb);
    sb_free(&r.err);
}

Test(reports, markdown_cells_do_not_break_tables)
{
    struct run run;
    struct result r;
    make_run(&run, &r);
    struct strbuf sb;
    sb_init(&sb);
    report_markdown(&run, &sb);
    const char *row = strstr(sb.buf, "| [area/hostile]");
    cr_assert_not_null(row);
    const char *end = strchr(row, '\n');
    int bars = 0;
    for (const char *p = row; p < end; p++)
        bars += *p == '|' && p[-1] != '\\';
    cr_assert_eq(bars, 5, "a row of four cells: %.*s", (int)(end - row), row);
    sb_free(&sb);
    sb_free(&r.err);
}

Test(reports, incomplete_run_is_marked)
{
    struct run run;
    struct result r;
    make_run(&run, &r);
    run.complete = 0;
    struct strbuf sb;
    sb_init(&sb);
    report_json(&run, &sb);
    cr_assert_not_null(strstr(sb.buf, "\"complete\": false"));
    sb_free(&sb);
    report_markdown(&run, &sb);
    cr_assert_not_null(strstr(sb.buf, "interrupted"));
    sb_free(&sb);
    report_tap(&run, &sb);
    cr_assert_not_null(strstr(sb.buf, "Bail out!"));
    sb_free(&sb);
    sb_free(&r.err);
}

Test(reports, not_run_probes_are_counted_and_skipped_in_every_format)
{
    struct run run;
    struct result r;
    make_run(&run, &r);
    r.verdict = V_NOT_RUN;
    r.stopped = STOP_NOT_STARTED;
    r.outcome = OUT_NONE;
    r.value = NULL;
    r.ran_as = (char *)"not run";
    r.detail = (char *)"not started: the run was interrupted by SIGTERM";
    run.complete = 0;
    run.interrupted_by = SIGTERM;
    run_count(&run);
    struct strbuf sb;
    sb_init(&sb);
    report_json(&run, &sb);
    char err[160];
    struct json *doc = json_parse(sb.buf, sb.len, err, sizeof err);
    cr_assert_not_null(doc, "%s", err);
    cr_assert_eq(json_get(doc, "complete")->boolean, 0);
    cr_assert_str_eq(json_get_str(doc, "interrupted_by"), "SIGTERM");
    cr_assert_eq(json_get(json_get(doc, "summary"), "not-run")->number, 1);
    cr_assert_eq(json_get(json_get(doc, "summary"), "failed")->boolean, 1);
    cr_assert_str_eq(json_get_str(json_get(doc, "probes")->items[0], "verdict"), "not-run");
    json_free(doc);
    sb_free(&sb);
    report_junit(&run, &sb);
    cr_assert_not_null(strstr(sb.buf, "tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"1\""),
                       "%s", sb.buf);
    cr_assert_not_null(strstr(sb.buf, "<skipped message=\"not run: not started: the run was "
                                      "interrupted by SIGTERM\"/>"), "%s", sb.buf);
    cr_assert_null(strstr(sb.buf, "<error"), "%s", sb.buf);
    sb_free(&sb);
    report_tap(&run, &sb);
    cr_assert_str_eq(sb.buf, "TAP version 13\n1..1\n"
                             "not ok 1 - area/hostile # SKIP not run: not started: the run was "
                             "interrupted by SIGTERM\n"
                             "Bail out! run interrupted by SIGTERM: 1 of 1 probes did not run\n");
    sb_free(&sb);
    report_markdown(&run, &sb);
    cr_assert_not_null(strstr(sb.buf, "**This run was interrupted by SIGTERM: 1 of 1 probes did "
                                      "not run (verdict not-run)"), "%s", sb.buf);
    /* not an error, timeout or crash */
    cr_assert_null(strstr(sb.buf, "## Errors, timeouts and crashes"), "%s", sb.buf);
    sb_free(&sb);
    sb_free(&r.err);
}

Test(reports, expectation_file_is_named_or_its_absence_said)
{
    struct run run;
    struct result r;
    make_run(&run, &r);
    struct strbuf sb;
    sb_init(&sb);
    run.expect_path = "platforms/linux.exp";
    report_markdown(&run, &sb);
    cr_assert_not_null(strstr(sb.buf, "| expectations | platforms/linux.exp |\n"), "%s", sb.buf);
    sb_free(&sb);
    report_json(&run, &sb);
    cr_assert_not_null(strstr(sb.buf, "\"expectations\": \"platforms/linux.exp\",\n"));
    cr_assert_not_null(strstr(sb.buf, "\"expectations_missing\": null,\n"));
    sb_free(&sb);
    run.expect_path = NULL;
    run.expect_missing = "platforms/linux.exp";
    report_markdown(&run, &sb);
    cr_assert_not_null(strstr(sb.buf, "| expectations | none: there is no platforms/linux.exp, "),
                       "%s", sb.buf);
    sb_free(&sb);
    report_json(&run, &sb);
    cr_assert_not_null(strstr(sb.buf, "\"expectations\": null,\n"));
    cr_assert_not_null(strstr(sb.buf, "\"expectations_missing\": \"platforms/linux.exp\",\n"));
    sb_free(&sb);
    sb_free(&r.err);
}
