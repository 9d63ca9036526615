/*
 * fuzz_report.c - libFuzzer target: hostile probe output through the
 * result-line parser and all four report writers.
 *
 * The input is what a probe printed: its first line that parses as a
 * result gives the outcome and value, and the whole input is its stderr.
 * The JSON report must parse with the strict reader and give back the
 * value and stderr (bytes above 0x7e as the code points of the same
 * number); JUnit XML, Markdown and TAP must hold no raw control byte.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runner/json.h"
#include "runner/report.h"

static void check(int ok)
{
    if (!ok)
        abort();
}

static void no_raw_controls(const struct strbuf *sb, int tab_ok)
{
    for (size_t i = 0; i < sb->len; i++) {
        unsigned char c = (unsigned char)sb->buf[i];
        check(c >= 0x20 || c == '\n' || (tab_ok && c == '\t'));
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* NULs end C strings; the runner's line reader keeps them, but every
     * consumer after it stops at the first. */
    char *text = xstrndup((const char *)data, size);
    static const struct catalog_entry probe = {
        "area/fuzzed", "area", "cases/area/fuzzed.c", "none", "a semantic", "", "ADDR-01", "",
    };
    struct result r;
    memset(&r, 0, sizeof r);
    r.probe = &probe;
    r.exit_code = 0;
    r.ran_as = (char *)"uid=0,gid=0";
    for (char *line = text; line != NULL && r.nresults == 0;) {
        char *nl = strchr(line, '\n');
        if (nl != NULL)
            *nl = '\0';
        const char *value;
        enum outcome o = parse_result_line(line, &value);
        if (o != OUT_NONE) {
            r.outcome = o;
            r.value = xstrdup(value);
            r.nresults = 1;
        }
        if (nl != NULL)
            *nl = '\n';
        line = nl != NULL ? nl + 1 : NULL;
    }
    sb_init(&r.err);
    sb_puts(&r.err, text);
    decide_verdict(&r, NULL, NULL);

    struct run run;
    memset(&run, 0, sizeof run);
    strcpy(run.fp.target, "fuzz");
    run.suite_version = "fuzz";
    run.complete = 1;
    run.results = &r;
    run.n = 1;
    run_count(&run);

    struct strbuf out;
    sb_init(&out);
    report_json(&run, &out);
    char err[160];
    struct json *doc = json_parse(out.buf, out.len, err, sizeof err);
    check(doc != NULL);
    const struct json *probes = json_get(doc, "probes");
    check(probes != NULL && probes->n == 1);
    const struct json *p = probes->items[0];
    char *want = report_read_back(r.err.len ? r.err.buf : "");
    check(strcmp(json_get_str(p, "stderr"), want) == 0);
    free(want);
    if (r.outcome == OUT_OBSERVED) {
        want = report_read_back(r.value);
        check(strcmp(json_get_str(p, "value"), want) == 0);
        free(want);
    }
    json_free(doc);

    void (*const writers[])(const struct run *, struct strbuf *) = {
        report_junit, report_markdown, report_tap,
    };
    for (size_t i = 0; i < sizeof writers / sizeof writers[0]; i++) {
        sb_free(&out);
        writers[i](&run, &out);
        no_raw_controls(&out, writers[i] == report_junit);
    }
    sb_free(&out);
    free(r.value);
    free(r.detail);
    sb_free(&r.err);
    free(text);
    return 0;
}
