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

/* Start a run of three probes: one that reports at once, two that hang
 * (one ignoring SIGTERM). Once the first has its verdict and the other two
 * are running, send sig. */
static void interrupt_with(int sig)
{
    struct work w;
    work_init(&w);
    install_fixture(&w, plain_id(0), "observes");
    install_fixture(&w, plain_id(1), "hangs");
    install_fixture(&w, plain_id(2), "ignores_term");
    const char *args[] = { "run", "--probes", w.probes, "--expect", w.expect, "-o", w.out,
                           "-j", "3", "-t", "60", "-v", plain_id(0), plain_id(1), plain_id(2),
                           NULL };
    pid_t pid = runner_start(&w, w.tmpdir, args);
    int ready = 0;
    for (int waited = 0; waited < 20000 && !ready; waited += 20) {
        poll(NULL, 0, 20);
        ready = strstr(runner_stderr(&w), plain_id(0)) != NULL && count_entries(w.tmpdir) == 2;
    }
    cr_assert(ready, "the probes did not start; stderr: %s", runner_stderr(&w));
    cr_assert_eq(kill(pid, sig), 0);
    int rc = runner_wait(pid, 20000);
    cr_assert_eq(rc, 130, "exit %d after %s; stderr: %s", rc, strsignal(sig), runner_stderr(&w));
    struct json *doc = read_report(&w);
    cr_assert_eq(json_get(doc, "complete")->boolean, 0);
    cr_assert_eq(json_get(doc, "probes")->n, 3);
    cr_assert_str_eq(verdict_of(doc, plain_id(0)), "undocumented");
    cr_assert_str_eq(verdict_of(doc, plain_id(1)), "not-run");
    cr_assert_str_eq(verdict_of(doc, plain_id(2)), "not-run");
    cr_assert_eq(json_get(json_get(doc, "summary"), "failed")->boolean, 1);
    json_free(doc);
    assert_clean(&w);
    work_fini(&w);
}

Test(runner, sigint_stops_the_run_and_leaves_an_incomplete_report)
{
    interrupt_with(SIGINT);
}

Test(runner, sigterm_stops_the_run_and_leaves_an_incomplete_report)
{
    interrupt_with(SIGTERM);
}

Test(runner, sighup_stops_the_run_and_leaves_an_incomplete_report)
{
    interrupt_with(SIGHUP);
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
