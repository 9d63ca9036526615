/* test_verdict.c - from outcome and expectations to a verdict. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "runner/report.h"

static const struct catalog_entry probe = {
    "oob/send", "oob", "cases/oob/send.c", "none", "MSG_OOB on a stream", "", "OOB-01", "",
};

static struct expect_set set;

static void load(void)
{
    struct strbuf err;
    sb_init(&err);
    int rc = expect_parse(&set, "t.exp",
                          "oob/send EOPNOTSUPP doc: unix(7) NOTES\n"
                          "oob/send @>=5.15 ok src: af_unix.c\n"
                          "oob/send @<5.15 EOPNOTSUPP src: old af_unix.c\n"
                          "src/only ok src: somewhere\n",
                          NULL, &err);
    cr_assert_eq(rc, 0, "%s", err.buf);
    sb_free(&err);
}

static void unload(void) { expect_free(&set); }

static struct result observed(const char *value)
{
    struct result r;
    memset(&r, 0, sizeof r);
    r.probe = &probe;
    r.verdict = V_UNDOCUMENTED;
    r.outcome = OUT_OBSERVED;
    r.nresults = 1;
    r.value = (char *)value;
    return r;
}

TestSuite(verdict, .init = load, .fini = unload);

Test(verdict, doc_decides_and_src_is_reported)
{
    int v618[3] = { 6, 18, 0 };
    struct result r = observed("ok");
    decide_verdict(&r, &set, v618);
    cr_assert_eq(r.verdict, V_DIVERGES);
    cr_assert(!r.doc_match);
    cr_assert(r.src_match, "the source predicted it");
    r = observed("EOPNOTSUPP");
    decide_verdict(&r, &set, v618);
    cr_assert_eq(r.verdict, V_CONFORMS);
    cr_assert(!r.src_match);
}

Test(verdict, src_decides_where_docs_are_silent)
{
    static const struct catalog_entry other = { "src/only", "src", "", "none", "", "", "", "" };
    int v[3] = { 6, 1, 0 };
    struct result r = observed("ok");
    r.probe = &other;
    decide_verdict(&r, &set, v);
    cr_assert_eq(r.verdict, V_CONFORMS);
    r.value = "no";
    r.verdict = V_UNDOCUMENTED;
    decide_verdict(&r, &set, v);
    cr_assert_eq(r.verdict, V_DIVERGES);
}

Test(verdict, no_line_is_undocumented)
{
    static const struct catalog_entry other = { "x/none", "x", "", "none", "", "", "", "" };
    struct result r = observed("42");
    r.probe = &other;
    decide_verdict(&r, &set, NULL);
    cr_assert_eq(r.verdict, V_UNDOCUMENTED);
    r.verdict = V_UNDOCUMENTED;
    decide_verdict(&r, NULL, NULL);
    cr_assert_eq(r.verdict, V_UNDOCUMENTED);
}

Test(verdict, protocol_violations_are_errors)
{
    struct result r = observed("ok");
    r.nresults = 2;
    decide_verdict(&r, &set, NULL);
    cr_assert_eq(r.verdict, V_ERROR);
    cr_assert_str_eq(r.detail, "printed 2 result lines");
    free(r.detail);

    r = observed("ok");
    r.exit_code = 3;
    decide_verdict(&r, &set, NULL);
    cr_assert_eq(r.verdict, V_ERROR);
    cr_assert_str_eq(r.detail, "exited 3 after its result");
    free(r.detail);

    r = observed(NULL);
    r.nresults = 0;
    r.outcome = OUT_NONE;
    decide_verdict(&r, &set, NULL);
    cr_assert_eq(r.verdict, V_ERROR);
    cr_assert_str_eq(r.detail, "exited 0 without a result line");
    free(r.detail);

    r = observed("bind ENOENT");
    r.outcome = OUT_ERROR;
    decide_verdict(&r, &set, NULL);
    cr_assert_eq(r.verdict, V_ERROR);
    cr_assert_str_eq(r.detail, "setup failed: bind ENOENT");
    free(r.detail);
}

Test(verdict, na_and_runner_verdicts_stand)
{
    struct result r = observed("no SOCK_SEQPACKET");
    r.outcome = OUT_NA;
    decide_verdict(&r, &set, NULL);
    cr_assert_eq(r.verdict, V_NA);
    r = observed("ok");
    r.verdict = V_TIMEOUT;
    decide_verdict(&r, &set, NULL);
    cr_assert_eq(r.verdict, V_TIMEOUT);
    r.verdict = V_CRASH;
    decide_verdict(&r, &set, NULL);
    cr_assert_eq(r.verdict, V_CRASH);
}

Test(verdict, parse_result_line)
{
    const char *t;
    cr_assert_eq(parse_result_line("observed 108", &t), OUT_OBSERVED);
    cr_assert_str_eq(t, "108");
    cr_assert_eq(parse_result_line("n/a no SOCK_SEQPACKET", &t), OUT_NA);
    cr_assert_str_eq(t, "no SOCK_SEQPACKET");
    cr_assert_eq(parse_result_line("error bind ENOENT", &t), OUT_ERROR);
    cr_assert_eq(parse_result_line("observed ", &t), OUT_NONE, "an empty value is no result");
    cr_assert_eq(parse_result_line("observed", &t), OUT_NONE);
    cr_assert_eq(parse_result_line("Observed 1", &t), OUT_NONE);
    cr_assert_eq(parse_result_line(" observed 1", &t), OUT_NONE);
}

Test(verdict, strict_and_baseline_decide_failure)
{
    struct result rs[2];
    rs[0] = observed("ok");
    rs[0].verdict = V_DIVERGES;
    rs[1] = observed("ok");
    rs[1].verdict = V_UNDOCUMENTED;
    struct run run;
    memset(&run, 0, sizeof run);
    run.results = rs;
    run.n = 2;
    run.complete = 1;
    cr_assert(!run_failed(&run), "divergences alone do not fail");
    run.strict = 1;
    cr_assert(run_failed(&run), "--strict fails on divergence");
    run.strict = 0;
    rs[1].baseline_changed = 1;
    cr_assert(run_failed(&run), "a change since the baseline fails");
    rs[1].baseline_changed = 0;
    run.complete = 0;
    cr_assert(run_failed(&run), "an interrupted run fails");
}
