/*
 * test_exec.c - the runner against fixture probes that misbehave.
 *
 * Each run must end with the right verdict, leave no process, scratch dir
 * or descriptor behind, and keep the runner's own descriptor count.
 */
#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runner/exec.h"
#include "common/rmtree.h"

#ifndef FIXTURE_DIR
#error "FIXTURE_DIR must name the built fixture probes"
#endif

static char tmpdir[64];

/* What exec_run allocated for the results; freed after
 * each test, since a test's results live on its stack or in statics. */
static void *owned[512];
static int nowned;

static void own(void *p)
{
    cr_assert_lt(nowned, 512);
    if (p != NULL)
        owned[nowned++] = p;
}

static void setup(void)
{
    strcpy(tmpdir, "/tmp/udsprobe-exec-XXXXXX");
    cr_assert_not_null(mkdtemp(tmpdir));
    /* like /tmp: others may enter (the dropped identity must) but not list */
    chmod(tmpdir, 0711);
}

static void teardown(void)
{
    rmtree(tmpdir);
    while (nowned > 0)
        free(owned[--nowned]);
}

TestSuite(exec, .init = setup, .fini = teardown, .timeout = 60);

static int open_fds(void)
{
    int n = 0;
    for (int fd = 0; fd < 4096; fd++)
        n += fcntl(fd, F_GETFD) >= 0;
    return n;
}

static int dir_entries(const char *path)
{
    DIR *d = opendir(path);
    cr_assert_not_null(d);
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
    closedir(d);
    return n;
}

static struct catalog_entry entry(const char *id, const char *needs)
{
    struct catalog_entry e = { id, "fixtures", "tests/fixtures", needs, "fixture", "", "", "" };
    return e;
}

/* Options that run the fixture probes, with no progress callback. */
static void fixture_opts(struct exec_opts *o, int timeout_ms, int jobs)
{
    memset(o, 0, sizeof *o);
    o->jobs = jobs;
    o->timeout_ms = timeout_ms;
    o->probe_dir = FIXTURE_DIR;
    o->tmpdir = tmpdir;
    o->drop_uid = 65534;
    o->drop_gid = 65534;
    o->ids = "65534:65534,65533:65533";
    o->run_tag = "test";
}

/* Run the fixtures named in ids; check the invariants every run keeps. */
static void run_fixtures(const char *const *ids, int n, struct catalog_entry *entries,
                         struct result *results, int timeout_ms, int jobs)
{
    for (int i = 0; i < n; i++) {
        entries[i] = entry(ids[i], strcmp(ids[i], "whoami") == 0 ? "unprivileged" : "none");
        memset(&results[i], 0, sizeof results[i]);
        results[i].probe = &entries[i];
        results[i].verdict = V_UNDOCUMENTED;
        results[i].exit_code = -1;
    }
    struct exec_opts o;
    fixture_opts(&o, timeout_ms, jobs);
    int before = open_fds();
    cr_assert_eq(exec_run(results, n, &o), 0);
    for (int i = 0; i < n; i++) {
        own(results[i].value);
        own(results[i].detail);
        own(results[i].ran_as);
        own(results[i].out.buf);
        own(results[i].err.buf);
    }
    cr_assert_eq(open_fds(), before, "the runner leaked descriptors");
    cr_assert_eq(dir_entries(tmpdir), 0, "a scratch dir was left behind");
    cr_assert_eq(waitpid(-1, NULL, WNOHANG), -1, "a child was left unreaped");
}

static struct result run_one(const char *id, int timeout_ms)
{
    static struct catalog_entry e[1];
    static struct result r[1];
    const char *ids[1] = { id };
    run_fixtures(ids, 1, e, r, timeout_ms, 1);
    return r[0];
}

/* The pid a fixture printed as "grandchild N" on stdout. */
static pid_t grandchild_of(const struct result *r)
{
    const char *p = r->out.buf ? strstr(r->out.buf, "grandchild ") : NULL;
    cr_assert_not_null(p, "fixture did not print its grandchild");
    return (pid_t)atol(p + 11);
}

/* Every "grandchild N" the fixture printed is gone; returns how many. */
static int assert_grandchildren_gone(const struct result *r)
{
    int n = 0;
    for (const char *p = r->out.buf; p && (p = strstr(p, "grandchild ")) != NULL; p += 11) {
        pid_t g = (pid_t)atol(p + 11);
        cr_assert(kill(g, 0) < 0 && errno == ESRCH, "grandchild %ld still exists", (long)g);
        n++;
    }
    return n;
}

Test(exec, good_probe_observes)
{
    struct result r = run_one("observes", 5000);
    cr_assert_eq(r.verdict, V_UNDOCUMENTED);
    cr_assert_str_eq(r.value, "ok");
    cr_assert_eq(r.exit_code, 0);
}

Test(exec, segfault_is_a_crash)
{
    struct result r = run_one("crash_segv", 5000);
    cr_assert_eq(r.verdict, V_CRASH);
    cr_assert_eq(r.signal, SIGSEGV);
    cr_assert_str_eq(r.detail, "killed by SIGSEGV");
}

Test(exec, abort_is_a_crash)
{
    struct result r = run_one("aborts", 5000);
    cr_assert_eq(r.verdict, V_CRASH);
    cr_assert_eq(r.signal, SIGABRT);
}

Test(exec, hang_times_out)
{
    struct result r = run_one("hangs", 500);
    cr_assert_eq(r.verdict, V_TIMEOUT);
    cr_assert(r.duration_ms < 5000);
}

Test(exec, ignoring_sigterm_still_times_out)
{
    struct result r = run_one("ignores_term", 500);
    cr_assert_eq(r.verdict, V_TIMEOUT);
}

Test(exec, lingering_grandchild_is_killed_and_not_waited_for)
{
    struct result r = run_one("grandchild_lingers", 10000);
    cr_assert_eq(r.verdict, V_UNDOCUMENTED);
    cr_assert_str_eq(r.value, "ok");
    cr_assert(r.duration_ms < 5000, "waited for the grandchild");
    pid_t g = grandchild_of(&r);
    cr_assert(kill(g, 0) < 0 && errno == ESRCH, "grandchild %ld still exists", (long)g);
}

#ifdef __linux__
Test(exec, grandchild_that_leaves_the_group_is_killed)
{
    struct result r = run_one("escapes_pgrp", 10000);
    cr_assert_eq(r.verdict, V_UNDOCUMENTED);
    pid_t g = grandchild_of(&r);
    cr_assert(kill(g, 0) < 0 && errno == ESRCH, "escaped grandchild %ld still exists", (long)g);
}
#endif

Test(exec, flood_is_capped_and_result_still_found)
{
    struct result r = run_one("floods", 10000);
    cr_assert_eq(r.verdict, V_UNDOCUMENTED);
    cr_assert_str_eq(r.value, "flooded");
    cr_assert_leq(r.out.len, OUTPUT_CAP);
    cr_assert_leq(r.err.len, OUTPUT_CAP);
    cr_assert_geq(r.dropped, (size_t)(4096 + 1024) * 1024 - 2 * OUTPUT_CAP);
}

Test(exec, leaked_and_exhausted_descriptors_do_not_matter)
{
    static const char *const ids[] = { "leaks_fds", "exhausts_fds" };
    struct catalog_entry e[2];
    struct result r[2];
    run_fixtures(ids, 2, e, r, 5000, 2);
    cr_assert_str_eq(r[0].value, "leaked");
    cr_assert_str_eq(r[1].value, "EMFILE");
}

Test(exec, protocol_violations_are_errors)
{
    static const char *const ids[] = { "no_result", "two_results", "exits_nonzero", "setup_fails" };
    struct catalog_entry e[4];
    struct result r[4];
    run_fixtures(ids, 4, e, r, 5000, 4);
    for (int i = 0; i < 4; i++)
        cr_assert_eq(r[i].verdict, V_ERROR, "%s", ids[i]);
    cr_assert_str_eq(r[0].detail, "exited 0 without a result line");
    cr_assert_str_eq(r[1].detail, "printed 2 result lines");
    cr_assert_str_eq(r[2].detail, "exited 3 after its result");
    cr_assert_str_eq(r[3].detail, "setup failed: open(\"does-not-exist\", O_RDONLY) ENOENT");
}

Test(exec, missing_probe_binary_is_an_error)
{
    struct result r = run_one("no_such_fixture", 5000);
    cr_assert_eq(r.verdict, V_ERROR);
    cr_assert_str_eq(r.detail, "setup failed: exec ENOENT");
}

Test(exec, root_drops_to_the_unprivileged_identity)
{
    struct result r = run_one("whoami", 5000);
    if (geteuid() != 0) {
        cr_assert_eq(r.verdict, V_UNDOCUMENTED);
        return;
    }
    cr_assert_eq(r.verdict, V_UNDOCUMENTED, "%s", r.detail ? r.detail : r.value);
    static const char *const want[] = {
        "uid=65534,euid=65534,gid=65534,egid=65534,",
#ifdef __linux__
        "suid=65534,sgid=65534,",
#endif
        "groups=none,", "setuid0=EPERM,setgid0=EPERM,setgroups0=EPERM,",
        "scratch_mode=700,scratch_owned=yes",
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        cr_assert_not_null(strstr(r.value, want[i]), "%s lacks %s", r.value, want[i]);
    cr_assert_str_eq(r.ran_as, "uid=65534,gid=65534");
}

Test(exec, supplementary_groups_of_the_harness_are_dropped)
{
    if (geteuid() != 0)
        return; /* (cr_skip_test would skip the teardown too) */
    /* Criterion runs each test in its own process: the groups stay here. */
    gid_t groups[] = { 4, 24, 27 };
    cr_assert_eq(setgroups(3, groups), 0);
    struct result r = run_one("whoami", 5000);
    cr_assert_eq(r.verdict, V_UNDOCUMENTED, "%s", r.detail ? r.detail : r.value);
    cr_assert_not_null(strstr(r.value, ",groups=none,"), "%s", r.value);
}

#ifdef __linux__
Test(exec, probe_that_changes_its_own_process_group_leaves_nothing)
{
    struct result r = run_one("joins_pgrp", 10000);
    cr_assert_eq(r.verdict, V_UNDOCUMENTED, "%s", r.detail ? r.detail : "");
    cr_assert_str_eq(r.value, "moved");
    cr_assert(r.duration_ms < 5000, "waited for the children");
    cr_assert_eq(assert_grandchildren_gone(&r), 2);
}
#endif

Test(exec, descriptors_the_harness_inherited_do_not_reach_probes)
{
    int fd = open("/dev/null", O_RDONLY); /* no close-on-exec */
    cr_assert_geq(fd, 0);
    struct result r = run_one("counts_fds", 5000);
    close(fd);
    cr_assert_eq(r.verdict, V_UNDOCUMENTED, "%s", r.detail ? r.detail : "");
    cr_assert_str_eq(r.value, "0");
}

Test(exec, littered_scratch_dir_is_removed)
{
    /* run_fixtures checks that nothing is left under the scratch parent */
    struct result r = run_one("litters_scratch", 5000);
    cr_assert_eq(r.verdict, V_UNDOCUMENTED, "%s", r.detail ? r.detail : "");
    cr_assert_str_eq(r.value, "littered");
}

Test(exec, harness_out_of_descriptors_gives_errors_not_a_dead_run)
{
    /* Leave the runner exactly the two descriptors of its self-pipe, so the
     * probes' pipes fail: each probe gets an error, none is left behind. */
    int top = -1;
    for (int fd = 0; fd < 4096; fd++)
        if (fcntl(fd, F_GETFD) >= 0)
            top = fd;
    int fillers[4096], nfill = 0;
    for (;;) {
        int fd = dup(0);
        cr_assert_geq(fd, 0);
        if (fd > top) {
            close(fd);
            break;
        }
        fillers[nfill++] = fd;
    }
    struct rlimit rl;
    getrlimit(RLIMIT_NOFILE, &rl);
    rl.rlim_cur = (rlim_t)top + 3;
    cr_assert_eq(setrlimit(RLIMIT_NOFILE, &rl), 0);
    static const char *const ids[] = { "observes", "hangs" };
    struct catalog_entry e[2];
    struct result r[2];
    run_fixtures(ids, 2, e, r, 1000, 2);
    for (int i = 0; i < 2; i++) {
        cr_assert_eq(r[i].verdict, V_ERROR, "%s", ids[i]);
        cr_assert_not_null(strstr(r[i].detail, "could not start it: pipe"), "%s", r[i].detail);
    }
    for (int i = 0; i < nfill; i++)
        close(fillers[i]);
}

Test(exec, many_probes_in_parallel)
{
    static const char *const ids[] = { "observes", "crash_segv", "hangs", "observes",
                                       "grandchild_lingers", "no_result", "floods", "observes" };
    enum verdict want[] = { V_UNDOCUMENTED, V_CRASH, V_TIMEOUT, V_UNDOCUMENTED,
                            V_UNDOCUMENTED, V_ERROR, V_UNDOCUMENTED, V_UNDOCUMENTED };
    struct catalog_entry e[8];
    struct result r[8];
    run_fixtures(ids, 8, e, r, 1000, 3);
    for (int i = 0; i < 8; i++)
        cr_assert_eq(r[i].verdict, want[i], "%s: %s", ids[i], verdict_name(r[i].verdict));
}

/* exec_run decides each verdict against the expectations it is given, so
 * a caller without a progress callback gets them too; an n/a probe stays
 * n/a, and a line predicting n/a is recorded as matching. */
Test(exec, verdicts_are_decided_without_a_progress_callback)
{
    static const char text[] = "fixtures/observes ok doc: fixture\n"
                               "fixtures/counts_fds 1 doc: fixture\n"
                               "fixtures/absent n/a src: fixture\n";
    struct expect_set set;
    struct strbuf err;
    sb_init(&err);
    cr_assert_eq(expect_parse(&set, "fixture.exp", text, NULL, &err), 0, "%s", err.buf);
    enum { N = 4 };
    struct catalog_entry e[N] = { entry("fixtures/observes", "none"),
                                  entry("fixtures/counts_fds", "none"),
                                  entry("fixtures/no_result", "none"),
                                  entry("fixtures/absent", "none") };
    struct result r[N];
    memset(r, 0, sizeof r);
    for (int i = 0; i < N; i++) {
        r[i].probe = &e[i];
        r[i].verdict = V_UNDOCUMENTED; /* until decided */
        r[i].exit_code = -1;
    }
    struct exec_opts o;
    fixture_opts(&o, 5000, 3);
    o.probe_dir = FIXTURE_DIR "/..";
    o.exp = &set;
    cr_assert_eq(exec_run(r, N, &o), 0);
    cr_assert_eq(r[0].verdict, V_CONFORMS, "%s", verdict_name(r[0].verdict));
    cr_assert_eq(r[1].verdict, V_DIVERGES, "%s", verdict_name(r[1].verdict));
    cr_assert_eq(r[2].verdict, V_ERROR, "%s", verdict_name(r[2].verdict));
    cr_assert_eq(r[3].verdict, V_NA, "%s", verdict_name(r[3].verdict));
    cr_assert(r[3].src != NULL && r[3].src_match, "the n/a prediction is recorded as held");
    for (int i = 0; i < N; i++) {
        own(r[i].value);
        own(r[i].detail);
        own(r[i].ran_as);
        own(r[i].out.buf);
        own(r[i].err.buf);
    }
    expect_free(&set);
    sb_free(&err);
}
