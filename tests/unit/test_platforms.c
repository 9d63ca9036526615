/*
 * test_platforms.c - where the runner finds platforms/<os>.exp, and
 * --strict on a platform without one.
 *
 * The expectation directory is --platforms DIR, else ./platforms, else the
 * platforms/ of the tree the runner binary lies in (build/udsprobe ->
 * platforms/); never the checkout the runner was built in. Each test makes
 * checkout-like trees under its work dir: TREE/build/udsprobe (a copy of
 * the runner) and TREE/platforms/<os>.exp, and runs from one of them, or
 * from a directory that is no checkout.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runner_cli.h"
#include "runner/fingerprint.h"
#include "runner/util.h"

TestSuite(platforms, .fini = work_cleanup, .timeout = 120);

/* "linux", "freebsd", ...: the name of this OS's expectation file. */
static const char *os_family(void)
{
    static char family[64];
    struct fingerprint fp;
    fingerprint_take(&fp, "host", "");
    fingerprint_os_family(&fp, family, sizeof family);
    return family;
}

struct tree {
    char dir[PATH_MAX];         /* the tree, resolved */
    char runner[PATH_MAX + 16]; /* dir/build/udsprobe */
    char exp[PATH_MAX + 80];    /* dir/platforms/<os>.exp */
};

/* w->root/name with a copy of the runner in build/ and, unless exp_text is
 * NULL, platforms/<os>.exp holding it; with_platforms alone makes an
 * expectation directory without this OS's file. */
static void make_tree(struct work *w, struct tree *t, const char *name, int with_platforms,
                      const char *exp_text)
{
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s/%s", w->root, name);
    cr_assert_eq(mkdir(dir, 0755), 0, "%s: %s", dir, strerror(errno));
    cr_assert_not_null(realpath(dir, t->dir));
    snprintf(t->runner, sizeof t->runner, "%s/build/udsprobe", t->dir);
    copy_runner(t->runner);
    snprintf(t->exp, sizeof t->exp, "%s/platforms/%s.exp", t->dir, os_family());
    if (!with_platforms)
        return;
    char pdir[PATH_MAX + 16];
    snprintf(pdir, sizeof pdir, "%s/platforms", t->dir);
    cr_assert_eq(mkdir(pdir, 0755), 0);
    /* another OS's file, so that the directory is not empty */
    char other[PATH_MAX + 32];
    snprintf(other, sizeof other, "%s/nosuchos.exp", pdir);
    cr_assert_eq(write_file_atomic(other, "", 0), 0);
    if (exp_text != NULL)
        cr_assert_eq(write_file_atomic(t->exp, exp_text, strlen(exp_text)), 0);
}

/* A directory under the work dir that is no checkout. */
static const char *elsewhere(struct work *w)
{
    static char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s/elsewhere", w->root);
    if (mkdir(dir, 0755) < 0)
        cr_assert_eq(errno, EEXIST);
    return dir;
}

/* Three lines, the third malformed. */
static const char corrupt[] = "# expectations\n\nBad/Id x doc: y\n";

/* The runner must refuse with exactly the one line want on stderr, exit 2,
 * and neither start a probe nor write a report. */
static void refused_with(struct work *w, const char *const *args, const char *want)
{
    int rc = runner_run(w, w->tmpdir, args);
    const char *err = runner_stderr(w);
    cr_assert_eq(rc, 2, "exit %d; stderr: %s", rc, err);
    char line[PATH_MAX + 400];
    snprintf(line, sizeof line, "udsprobe: %s\n", want);
    cr_assert_str_eq(err, line);
    cr_assert_eq(count_entries(w->out), 0, "a report was written");
    cr_assert_eq(count_entries(w->tmpdir), 0, "a probe was started");
}

/* `run` of plain_id(0) (the observes fixture), with one more option. */
#define RUN_ARGS(w, extra1, extra2)                                                             \
    { "run", "--probes", (w).probes, "-o", (w).out, "-q", extra1, extra2, plain_id(0), NULL }

Test(platforms, corrupt_file_in_the_current_checkout_fails_with_its_file_and_line)
{
    struct work w;
    work_init(&w);
    install_fixture(&w, plain_id(0), "observes");
    struct tree clone;
    make_tree(&w, &clone, "clone", 1, corrupt);
    char want[PATH_MAX + 64];
    snprintf(want, sizeof want, "platforms/%s.exp:3: malformed probe ID", os_family());
    const char *args[] = RUN_ARGS(w, "-j", "1");
    /* the clone's copy of the runner, run from the clone */
    w.cwd = clone.dir;
    w.runner = clone.runner;
    int rc = runner_run(&w, w.tmpdir, args);
    cr_assert_eq(rc, 2, "exit %d; stderr: %s", rc, runner_stderr(&w));
    cr_assert(strncmp(runner_stderr(&w), "udsprobe: ", 10) == 0);
    cr_assert(strncmp(runner_stderr(&w) + 10, want, strlen(want)) == 0, "stderr: %s",
              runner_stderr(&w));
    cr_assert_eq(count_entries(w.out), 0);
    /* the runner of the checkout it was built in, run from the clone:
     * the clone's file, not the one it was built beside */
    w.runner = NULL;
    rc = runner_run(&w, w.tmpdir, args);
    cr_assert_eq(rc, 2, "exit %d; stderr: %s", rc, runner_stderr(&w));
    cr_assert(strncmp(runner_stderr(&w) + 10, want, strlen(want)) == 0, "stderr: %s",
              runner_stderr(&w));
    work_fini(&w);
}

Test(platforms, corrupt_file_beside_the_runner_binary_fails_when_run_from_elsewhere)
{
    struct work w;
    work_init(&w);
    install_fixture(&w, plain_id(0), "observes");
    struct tree clone;
    make_tree(&w, &clone, "clone", 1, corrupt);
    w.cwd = elsewhere(&w);
    w.runner = clone.runner;
    const char *args[] = RUN_ARGS(w, "-j", "1");
    int rc = runner_run(&w, w.tmpdir, args);
    char want[PATH_MAX + 160];
    snprintf(want, sizeof want, "udsprobe: %s:3: malformed probe ID", clone.exp);
    cr_assert_eq(rc, 2, "exit %d; stderr: %s", rc, runner_stderr(&w));
    cr_assert(strncmp(runner_stderr(&w), want, strlen(want)) == 0, "want %s; stderr: %s", want,
              runner_stderr(&w));
    cr_assert_eq(count_entries(w.out), 0);
    cr_assert_eq(count_entries(w.tmpdir), 0);
    work_fini(&w);
}

Test(platforms, current_checkout_wins_and_the_report_names_the_file_used)
{
    struct work w;
    work_init(&w);
    install_fixture(&w, plain_id(0), "observes");
    struct tree clone, other;
    make_tree(&w, &clone, "clone", 1, corrupt);
    char exp[256];
    snprintf(exp, sizeof exp, "%s ok doc: the fixture's citation\n", plain_id(0));
    make_tree(&w, &other, "other", 1, exp);
    /* the corrupt tree's runner, run from the good checkout; --strict
     * passes, since there is a file */
    w.cwd = other.dir;
    w.runner = clone.runner;
    const char *args[] = RUN_ARGS(w, "--strict", "-j1");
    int rc = runner_run(&w, w.tmpdir, args);
    cr_assert_eq(rc, 0, "exit %d; stderr: %s", rc, runner_stderr(&w));
    char want[96];
    snprintf(want, sizeof want, "platforms/%s.exp", os_family());
    struct json *doc = read_report(&w);
    cr_assert_str_eq(json_get_str(json_get(doc, "options"), "expectations"), want);
    const struct json *missing = json_get(json_get(doc, "options"), "expectations_missing");
    cr_assert(missing != NULL && missing->type == J_NULL);
    const struct json *p = report_probe(doc, plain_id(0));
    cr_assert_str_eq(json_get_str(p, "verdict"), "conforms");
    cr_assert_str_eq(json_get_str(json_get(p, "documented"), "file"), want);
    cr_assert_eq(json_get(json_get(p, "documented"), "line")->number, 1);
    json_free(doc);
    char row[160];
    char *md = report_text(&w, "host.md");
    snprintf(row, sizeof row, "| expectations | %s |\n", want);
    cr_assert_not_null(strstr(md, row), "%s", md);
    free(md);
    work_fini(&w);
}

Test(platforms, platforms_option_overrides_the_lookup)
{
    struct work w;
    work_init(&w);
    install_fixture(&w, plain_id(0), "observes");
    struct tree clone, other;
    make_tree(&w, &clone, "clone", 1, corrupt);
    make_tree(&w, &other, "other", 1, "");
    char dir[PATH_MAX + 16];
    snprintf(dir, sizeof dir, "%s/platforms", other.dir);
    w.cwd = clone.dir;
    w.runner = clone.runner;
    const char *args[] = RUN_ARGS(w, "--platforms", dir);
    int rc = runner_run(&w, w.tmpdir, args);
    cr_assert_eq(rc, 0, "exit %d; stderr: %s", rc, runner_stderr(&w));
    struct json *doc = read_report(&w);
    cr_assert_str_eq(json_get_str(json_get(doc, "options"), "expectations"), other.exp);
    json_free(doc);
    work_fini(&w);
}

Test(platforms, missing_file_is_allowed_and_the_report_says_so)
{
    struct work w;
    work_init(&w);
    install_fixture(&w, plain_id(0), "observes");
    struct tree noexp;
    make_tree(&w, &noexp, "noexp", 1, NULL);
    w.cwd = noexp.dir;
    w.runner = noexp.runner;
    const char *args[] = RUN_ARGS(w, "-j", "1");
    int rc = runner_run(&w, w.tmpdir, args);
    cr_assert_eq(rc, 0, "exit %d; stderr: %s", rc, runner_stderr(&w));
    char want[96], line[192];
    snprintf(want, sizeof want, "platforms/%s.exp", os_family());
    snprintf(line, sizeof line, "(looked for %s): every probe is undocumented\n", want);
    cr_assert_not_null(strstr(runner_stderr(&w), line), "stderr: %s", runner_stderr(&w));
    struct json *doc = read_report(&w);
    const struct json *used = json_get(json_get(doc, "options"), "expectations");
    cr_assert(used != NULL && used->type == J_NULL);
    cr_assert_str_eq(json_get_str(json_get(doc, "options"), "expectations_missing"), want);
    cr_assert_str_eq(json_get_str(report_probe(doc, plain_id(0)), "verdict"), "undocumented");
    json_free(doc);
    char row[192];
    char *md = report_text(&w, "host.md");
    snprintf(row, sizeof row, "| expectations | none: there is no %s, ", want);
    cr_assert_not_null(strstr(md, row), "%s", md);
    free(md);
    work_fini(&w);
}

Test(platforms, no_checkout_anywhere_means_no_expectations_not_the_build_checkout)
{
    struct work w;
    work_init(&w);
    install_fixture(&w, plain_id(0), "observes");
    struct tree bare;
    make_tree(&w, &bare, "bare", 0, NULL);
    w.cwd = elsewhere(&w);
    w.runner = bare.runner;
    const char *args[] = RUN_ARGS(w, "-j", "1");
    int rc = runner_run(&w, w.tmpdir, args);
    cr_assert_eq(rc, 0, "exit %d; stderr: %s", rc, runner_stderr(&w));
    struct json *doc = read_report(&w);
    const struct json *used = json_get(json_get(doc, "options"), "expectations");
    cr_assert(used != NULL && used->type == J_NULL, "read %s", used ? used->string : "?");
    json_free(doc);
    work_fini(&w);
}

Test(platforms, strict_refuses_a_platform_without_an_expectation_file)
{
    struct work w;
    work_init(&w);
    install_fixture(&w, plain_id(0), "observes");
    struct tree noexp, bare;
    make_tree(&w, &noexp, "noexp", 1, NULL);
    const char *args[] = RUN_ARGS(w, "--strict", "-j1");
    char want[PATH_MAX + 200];
    /* a platforms/ without this OS's file */
    w.cwd = noexp.dir;
    w.runner = noexp.runner;
    snprintf(want, sizeof want,
             "--strict: no expectation file for this OS (looked for platforms/%s.exp)",
             os_family());
    refused_with(&w, args, want);
    /* no platforms/ at all */
    make_tree(&w, &bare, "bare", 0, NULL);
    w.cwd = elsewhere(&w);
    w.runner = bare.runner;
    snprintf(want, sizeof want,
             "--strict: no expectation file for this OS (looked for platforms/%s.exp in the "
             "current directory and beside %s)", os_family(), bare.runner);
    refused_with(&w, args, want);
    work_fini(&w);
}

/* The OSes show lists are the files in platforms/: a new <os>.exp is a
 * new OS, with no list in the runner to extend. */
Test(platforms, show_lists_every_platform_file_including_a_new_one)
{
    struct work w;
    work_init(&w);
    struct tree t;
    make_tree(&w, &t, "tree", 1, NULL);
    char path[PATH_MAX + 32], line[256];
    snprintf(path, sizeof path, "%s/platforms/haiku.exp", t.dir);
    snprintf(line, sizeof line, "%s ok doc: haiku's own page\n", plain_id(0));
    cr_assert_eq(write_file_atomic(path, line, strlen(line)), 0);
    w.cwd = t.dir;
    const char *args[] = { "show", plain_id(0), NULL };
    int rc = runner_run(&w, NULL, args);
    cr_assert_eq(rc, 0, "exit %d; stderr: %s", rc, runner_stderr(&w));
    snprintf(line, sizeof line, "  haiku    ok doc: haiku's own page  [platforms/haiku.exp:1]\n");
    cr_assert_not_null(strstr(runner_stdout(&w), line), "%s", runner_stdout(&w));
    work_fini(&w);
}
