/*
 * test_runner.c - the real udsprobe binary on fixture probes that misbehave,
 * and interrupted by SIGINT, SIGTERM and SIGHUP.
 *
 * Catalog IDs are mapped to fixture binaries with --probes, and --expect
 * names an empty file, so every probe that reports is "undocumented".
 * Every run must end with a complete, parseable report (marked incomplete
 * when interrupted), and leave no scratch dir, no temp file and no process.
 */
#include <criterion/criterion.h>
#include <poll.h>
#include <stdlib.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "runner_cli.h"

TestSuite(runner, .fini = work_cleanup, .timeout = 120);

/* The run left exactly the four reports, none writable by others, and
 * nothing in TMPDIR, and no process it started. */
static void assert_clean(struct work *w)
{
    static const char *const names[] = { "host.json", "host.md", "host.junit.xml", "host.tap" };
    cr_assert_eq(count_entries(w->out), 4, "stray files in the output dir");
    for (int i = 0; i < 4; i++) {
        char path[160];
        struct stat st;
        snprintf(path, sizeof path, "%s/%s", w->out, names[i]);
        cr_assert_eq(stat(path, &st), 0, "%s missing", path);
        cr_assert(S_ISREG(st.st_mode) && (st.st_mode & 0022) == 0, "%s mode %o", path,
                  (unsigned)st.st_mode);
    }
    cr_assert_eq(count_entries(w->tmpdir), 0, "a scratch dir was left behind");
    cr_assert_eq(processes_under(w->probes), 0, "a probe process outlived the run");
}

static const char *verdict_of(const struct json *doc, const char *id)
{
    return json_get_str(report_probe(doc, id), "verdict");
}

Test(runner, faulty_probes_get_verdicts_and_a_complete_report)
{
    static const struct { const char *fixture, *verdict; } cases[] = {
        { "observes", "undocumented" },         { "crash_segv", "crash" },
        { "aborts", "crash" },                  { "hangs", "timeout" },
        { "ignores_term", "timeout" },          { "grandchild_lingers", "undocumented" },
        { "escapes_pgrp", "undocumented" },     { "joins_pgrp", "undocumented" },
        { "floods", "undocumented" },           { "leaks_fds", "undocumented" },
        { "exhausts_fds", "undocumented" },     { "no_result", "error" },
        { "two_results", "error" },             { "hostile_output", "undocumented" },
        { "litters_scratch", "undocumented" },
    };
    enum { N = sizeof cases / sizeof cases[0] };
    struct work w;
    work_init(&w);
    const char *args[N + 16];
    int k = 0;
    const char *fixed[] = { "run", "--probes", w.probes, "--expect", w.expect, "-o", w.out,
                            "-j", "2", "-t", "1", "-q" };
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
        args[k++] = fixed[i];
    for (int i = 0; i < N; i++) {
        install_fixture(&w, plain_id(i), cases[i].fixture);
        args[k++] = plain_id(i);
    }
    args[k] = NULL;
    int rc = runner_run(&w, w.tmpdir, args);
    cr_assert_eq(rc, 1, "exit %d; stderr: %s", rc, runner_stderr(&w));
    struct json *doc = read_report(&w);
    cr_assert_eq(json_get(doc, "complete")->boolean, 1);
    cr_assert_eq(json_get(doc, "probes")->n, (size_t)N);
    for (int i = 0; i < N; i++)
        cr_assert_str_eq(verdict_of(doc, plain_id(i)), cases[i].verdict, "%s", cases[i].fixture);
    json_free(doc);
    assert_clean(&w);
    work_fini(&w);
}

static double summary_count(const struct json *doc, const char *key)
{
    const struct json *v = json_get(json_get(doc, "summary"), key);
    cr_assert(v != NULL && v->type == J_NUMBER, "summary.%s", key);
    return v->number;
}

/* Start a run of six probes, three at a time: two that hang (one ignoring
 * SIGTERM), one that reports at once, then another that hangs and two more
 * that report. When the third has its verdict and the fourth has taken its
 * place (its scratch dir is the third in TMPDIR), every slot holds a probe
 * that never ends, so the last two cannot have started: send sig. The
 * runner must kill and reap the three running, never start the last two,
 * write all four reports marked incomplete, close with a line that counts
 * only what ran, and exit 128 + sig. */
static void interrupt_with(int sig, const char *name)
{
    static const char *const fixtures[] = { "hangs", "ignores_term", "observes",
                                            "hangs", "observes", "observes" };
    enum { N = 6 };
    struct work w;
    work_init(&w);
    for (int i = 0; i < N; i++)
        install_fixture(&w, plain_id(i), fixtures[i]);
    const char *args[] = { "run", "--probes", w.probes, "--expect", w.expect, "-o", w.out,
                           "-j", "3", "-t", "60", "-v", plain_id(0), plain_id(1), plain_id(2),
                           plain_id(3), plain_id(4), plain_id(5), NULL };
    pid_t pid = runner_start(&w, w.tmpdir, args);
    int ready = 0;
    for (int waited = 0; waited < 20000 && !ready; waited += 10) {
        poll(NULL, 0, 10);
        ready = strstr(runner_stderr(&w), plain_id(2)) != NULL && count_entries(w.tmpdir) == 3;
    }
    cr_assert(ready, "the probes did not start; stderr: %s", runner_stderr(&w));
    cr_assert_eq(kill(pid, sig), 0);
    int rc = runner_wait(pid, 20000);
    cr_assert_eq(rc, 128 + sig, "exit %d after %s; stderr: %s", rc, name, runner_stderr(&w));

    struct json *doc = read_report(&w);
    cr_assert_eq(json_get(doc, "complete")->boolean, 0);
    cr_assert_str_eq(json_get_str(doc, "interrupted_by"), name);
    cr_assert_eq(json_get(doc, "probes")->n, (size_t)N);
    cr_assert_str_eq(verdict_of(doc, plain_id(2)), "undocumented");
    char killed[96], unstarted[96];
    snprintf(killed, sizeof killed, "killed while running: the run was interrupted by %s", name);
    snprintf(unstarted, sizeof unstarted, "not started: the run was interrupted by %s", name);
    for (int i = 0; i < N; i++) {
        if (i == 2)
            continue;
        const struct json *p = report_probe(doc, plain_id(i));
        cr_assert_str_eq(json_get_str(p, "verdict"), "not-run", "%s", fixtures[i]);
        cr_assert_str_eq(json_get_str(p, "detail"), i < 4 ? killed : unstarted, "probe %d", i);
        const char *ran_as = json_get_str(p, "ran_as");
        cr_assert(i < 4 ? strncmp(ran_as, "uid=", 4) == 0 : strcmp(ran_as, "not run") == 0,
                  "probe %d ran_as %s", i, ran_as);
    }
    cr_assert_eq(summary_count(doc, "total"), N);
    cr_assert_eq(summary_count(doc, "not-run"), 5);
    cr_assert_eq(summary_count(doc, "undocumented"), 1);
    cr_assert_eq(json_get(json_get(doc, "summary"), "failed")->boolean, 1);
    json_free(doc);

    char want[160];
    snprintf(want, sizeof want, "udsprobe: interrupted by %s: 1 passed, 0 failed, 0 skipped, "
             "5 not run", name);
    cr_assert_str_eq(runner_last_line(&w), want, "stdout: %s", runner_stdout(&w));
    char *md = report_text(&w, "host.md");
    snprintf(want, sizeof want, "**This run was interrupted by %s: 5 of 6 probes did not run",
             name);
    cr_assert_not_null(strstr(md, want), "%s", md);
    cr_assert_not_null(strstr(md, "## Running when the run was interrupted"), "%s", md);
    free(md);
    char *junit = report_text(&w, "host.junit.xml");
    cr_assert_not_null(strstr(junit, "tests=\"6\" failures=\"0\" errors=\"0\" skipped=\"5\""),
                       "%s", junit);
    snprintf(want, sizeof want, "<skipped message=\"not run: %s\"/>", unstarted);
    cr_assert_not_null(strstr(junit, want), "%s", junit);
    free(junit);
    char *tap = report_text(&w, "host.tap");
    snprintf(want, sizeof want, "\nnot ok 5 - %s # SKIP not run: %s\n", plain_id(4), unstarted);
    cr_assert_not_null(strstr(tap, want), "%s", tap);
    snprintf(want, sizeof want, "\nok 3 - %s # undocumented: ok\n", plain_id(2));
    cr_assert_not_null(strstr(tap, want), "%s", tap);
    snprintf(want, sizeof want, "\nBail out! run interrupted by %s: 5 of 6 probes did not run\n",
             name);
    size_t len = strlen(tap), wl = strlen(want);
    cr_assert(len >= wl && strcmp(tap + len - wl, want) == 0, "%s", tap);
    free(tap);
    assert_clean(&w);
    work_fini(&w);
}

Test(runner, sigint_stops_the_run_and_leaves_an_incomplete_report)
{
    interrupt_with(SIGINT, "SIGINT");
}

Test(runner, sigterm_stops_the_run_and_leaves_an_incomplete_report)
{
    interrupt_with(SIGTERM, "SIGTERM");
}

Test(runner, sighup_stops_the_run_and_leaves_an_incomplete_report)
{
    interrupt_with(SIGHUP, "SIGHUP");
}

Test(runner, complete_run_closes_with_the_plain_counts)
{
    struct work w;
    work_init(&w);
    install_fixture(&w, plain_id(0), "observes");
    install_fixture(&w, plain_id(1), "crash_segv");
    const char *args[] = { "run", "--probes", w.probes, "--expect", w.expect, "-o", w.out,
                           "-q", plain_id(0), plain_id(1), NULL };
    int rc = runner_run(&w, w.tmpdir, args);
    cr_assert_eq(rc, 1, "exit %d; stderr: %s", rc, runner_stderr(&w));
    cr_assert_str_eq(runner_last_line(&w), "udsprobe: 1 passed, 1 failed, 0 skipped");
    struct json *doc = read_report(&w);
    cr_assert_eq(json_get(doc, "complete")->boolean, 1);
    const struct json *by = json_get(doc, "interrupted_by");
    cr_assert(by != NULL && by->type == J_NULL, "interrupted_by is null in a complete run");
    cr_assert_eq(summary_count(doc, "not-run"), 0);
    json_free(doc);
    assert_clean(&w);
    work_fini(&w);
}

Test(runner, progress_reader_going_away_does_not_kill_the_run)
{
    /* stderr is a pipe whose reader has gone: writes fail with EPIPE */
    struct work w;
    work_init(&w);
    install_fixture(&w, plain_id(0), "observes");
    install_fixture(&w, plain_id(1), "hangs");
    int p[2];
    cr_assert_eq(pipe(p), 0);
    close(p[0]);
    const char *args[] = { "run", "--probes", w.probes, "--expect", w.expect, "-o", w.out,
                           "-t", "0.5", "-v", plain_id(0), plain_id(1), NULL };
    w.stderr_fd = p[1];
    pid_t pid = runner_start(&w, w.tmpdir, args);
    close(p[1]);
    int rc = runner_wait(pid, 30000);
    cr_assert_eq(rc, 1, "exit %d", rc);
    assert_clean(&w);
    work_fini(&w);
}
