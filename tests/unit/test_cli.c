/*
 * test_cli.c - bad input to the real udsprobe binary: command-line
 * arguments, the environment, expectation files and baseline reports.
 *
 * Each must give exit status 2 and exactly one line on stderr that starts
 * with "udsprobe: " and says what is wrong (file:line for expectation
 * files), before any probe runs and without writing a report.
 */
#include <criterion/criterion.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runner_cli.h"
#include "runner/util.h"

TestSuite(cli, .fini = work_cleanup, .timeout = 120);

/* Run the runner with args; it must refuse with one line holding want. */
static void refused(struct work *w, const char *tmpdir, const char *const *args,
                    const char *want)
{
    int rc = runner_run(w, tmpdir, args);
    const char *err = runner_stderr(w);
    cr_assert_eq(rc, 2, "exit %d for %s %s; stderr: %s", rc, args[0], args[1] ? args[1] : "", err);
    cr_assert(strncmp(err, "udsprobe: ", 10) == 0, "stderr: %s", err);
    const char *nl = strchr(err, '\n');
    cr_assert(nl != NULL && nl[1] == '\0', "not one line: %s", err);
    cr_assert_not_null(strstr(err, want), "stderr lacks \"%s\": %s", want, err);
    cr_assert_eq(count_entries(w->out), 0, "something was written to %s", w->out);
    cr_assert_eq(count_entries(w->tmpdir), 0, "a scratch dir was made");
}

/* `run` of one probe with extra options, refused with want. */
static void run_refused(struct work *w, const char *tmpdir, const char *opt1, const char *opt2,
                        const char *want)
{
    const char *args[] = { "run", "--probes", w->probes, "--expect", w->expect, "-o", w->out,
                           opt1 ? opt1 : plain_id(0), opt1 && opt2 ? opt2 : plain_id(0),
                           plain_id(0), NULL };
    refused(w, tmpdir, args, want);
}

static void write_text(const char *path, const char *text, size_t len)
{
    cr_assert_eq(write_file_atomic(path, text, len), 0, "%s", path);
}

Test(cli, unknown_ids_globs_and_commands)
{
    struct work w;
    work_init(&w);
    const char *a1[] = { "run", "-o", w.out, "no_such_area/no_such_probe", NULL };
    refused(&w, w.tmpdir, a1, "unknown probe ID or area 'no_such_area/no_such_probe'");
    const char *a2[] = { "run", "-o", w.out, "zz*", NULL };
    refused(&w, w.tmpdir, a2, "no probe matches 'zz*'");
    const char *a3[] = { "list", "[", NULL };
    refused(&w, w.tmpdir, a3, "no probe matches '['");
    const char *a4[] = { "show", "nope/nope", NULL };
    refused(&w, w.tmpdir, a4, "unknown probe ID 'nope/nope'");
    const char *a5[] = { "show", NULL };
    refused(&w, w.tmpdir, a5, "show takes one probe ID");
    const char *a6[] = { "frobnicate", NULL };
    refused(&w, w.tmpdir, a6, "unknown command 'frobnicate'");
    const char *a7[] = { NULL };
    refused(&w, w.tmpdir, a7, "no command given");
    work_fini(&w);
}

Test(cli, bad_options)
{
    static const char *const cases[][3] = {
        /* no value: the option is the last argument */
        { "--bogus", NULL, "unknown option '--bogus'" },
        { "-Z", NULL, "unknown option '-Z'" },
        { "-j", NULL, "option '-j' needs a value" },
        { "--jobs", "0", "--jobs wants a number from 1 to 256, not '0'" },
        { "-j", "9x", "--jobs wants a number" },
        { "-t", "-1", "--timeout wants seconds" },
        { "-t", "nan", "--timeout wants seconds" },
        { "-f", "json,xml", "unknown report format 'xml'" },
        { "--target", "../x", "--target wants [A-Za-z0-9._-]" },
        { "--target", ".hidden", "--target wants a name" },
        { "--target", "a123456789b123456789c123456789d123456789e123456789f123456789g1234",
          "--target wants at most 63 characters" },
        { "--user", "0:0", "--user wants UID:GID of an unprivileged identity" },
        { "--user", "12:34:56", "--user wants UID:GID" },
        { "--platforms", "/nonexistent/platforms", "expectation directory /nonexistent/platforms" },
        { "--probes", "/nonexistent/probes", "probe directory /nonexistent/probes" },
        { "--multicall", "/nonexistent/multi", "multi-call binary /nonexistent/multi" },
        { "--exec-via", "/nonexistent/qemu", "--exec-via /nonexistent/qemu" },
    };
    struct work w;
    work_init(&w);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        /* an option without its value comes last */
        const char *args[] = { "run", "--expect", w.expect, "-o", w.out, cases[i][0],
                               cases[i][1], plain_id(0), NULL };
        refused(&w, w.tmpdir, args, cases[i][2]);
    }
    work_fini(&w);
}

Test(cli, unusable_output_dir)
{
    struct work w;
    work_init(&w);
    char file[128], below[160];
    snprintf(file, sizeof file, "%s/a-file", w.root);
    snprintf(below, sizeof below, "%s/sub", file);
    write_text(file, "x", 1);
    /* a path through a regular file: refused even for root */
    const char *a1[] = { "run", "--probes", w.probes, "--expect", w.expect, "-o", below,
                         plain_id(0), NULL };
    refused(&w, w.tmpdir, a1, "cannot create output directory");
    const char *a2[] = { "run", "--probes", w.probes, "--expect", w.expect, "-o", file,
                         plain_id(0), NULL };
    refused(&w, w.tmpdir, a2, "cannot write reports to");
    /* a directory nobody may create files in: /proc is one even for root */
    const char *a3[] = { "run", "--probes", w.probes, "--expect", w.expect, "-o", "/proc/self",
                         plain_id(0), NULL };
    refused(&w, w.tmpdir, a3, "cannot write reports to /proc/self");
    work_fini(&w);
}

Test(cli, unusable_tmpdir)
{
    struct work w;
    work_init(&w);
    install_fixture(&w, plain_id(0), "observes");
    run_refused(&w, "/nonexistent/tmp", NULL, NULL, "TMPDIR /nonexistent/tmp: No such file");
    char file[128];
    snprintf(file, sizeof file, "%s/a-file", w.root);
    write_text(file, "x", 1);
    run_refused(&w, file, NULL, NULL, "is not a directory");
    /* long enough that a socket path in a scratch dir would not fit */
    char longdir[PATH_MAX];
    snprintf(longdir, sizeof longdir, "%s/", w.root);
    while (strlen(longdir) < 100)
        strcat(longdir, "d");
    cr_assert_eq(mkdir(longdir, 0711), 0);
    run_refused(&w, longdir, NULL, NULL, "is too long for AF_UNIX addresses");
    char shared[128];
    snprintf(shared, sizeof shared, "%s/shared", w.root);
    cr_assert_eq(mkdir(shared, 0700), 0);
    cr_assert_eq(chmod(shared, 0777), 0);
    run_refused(&w, shared, NULL, NULL, "writable by everyone but not sticky");
    /* unset: /tmp is used, and the run works */
    const char *ok[] = { "run", "--probes", w.probes, "--expect", w.expect, "-o", w.out, "-q",
                         plain_id(0), NULL };
    cr_assert_eq(runner_run(&w, NULL, ok), 0, "%s", runner_stderr(&w));
    work_fini(&w);
}

/* Expectation files that must be refused, and the message for each. */
static const char *const bad_expect[][2] = {
    { "Bad/Id x doc: y\n", ":1: malformed probe ID" },
    { "# fine\nzz/unknown_probe x doc: y\n", ":2: no probe has this ID" },
    { "%s x\n", ":1: no class (doc: or src:)" },
    { "%s doc: y\n", ":1: no value" },
    { "%s x doc:\n", ":1: no citation" },
    { "%s x spec: y\n", ":1: unknown class" },
    { "%s @>=5..1 x doc: y\n", ":1: malformed release condition" },
    { "%s @=5 x doc: y\n", ":1: malformed release condition" },
    { "%s x @>=5 doc: y\n", ":1: malformed release condition" },
    { "%s @>=99999999 x doc: y\n", ":1: malformed release condition" },
    { "%s a b c d e f g h i j k l m n o p q doc: y\n", ":1: too many values" },
    { "%s x doc: y\n%s z doc: w\n", ":2: a doc line for" },
    { "%s x doc: y\x01\n", ":1: control character" },
    { "\n\n%s x doc: y\n\x1b[31m\n", ":4: control character" },
};

Test(cli, malformed_expectation_files)
{
    struct work w;
    work_init(&w);
    char path[128];
    snprintf(path, sizeof path, "%s/bad.exp", w.root);
    for (size_t i = 0; i < sizeof bad_expect / sizeof bad_expect[0]; i++) {
        char text[512];
        snprintf(text, sizeof text, bad_expect[i][0], plain_id(0), plain_id(0));
        write_text(path, text, strlen(text));
        char want[256];
        snprintf(want, sizeof want, "%s%s", path, bad_expect[i][1]);
        const char *run[] = { "run", "--expect", path, "-o", w.out, plain_id(0), NULL };
        refused(&w, w.tmpdir, run, want);
        const char *check[] = { "check-expect", path, NULL };
        refused(&w, w.tmpdir, check, want);
    }
    /* a NUL byte on line 2 */
    write_text(path, "# a\n#\0b\n", 8);
    const char *run[] = { "run", "--expect", path, "-o", w.out, plain_id(0), NULL };
    char want[256];
    snprintf(want, sizeof want, "%s:2: NUL byte in file", path);
    refused(&w, w.tmpdir, run, want);
    const char *missing[] = { "run", "--expect", "/nonexistent.exp", "-o", w.out, plain_id(0),
                              NULL };
    refused(&w, w.tmpdir, missing, "/nonexistent.exp: cannot read: No such file");
    const char *dir[] = { "check-expect", w.root, NULL };
    refused(&w, w.tmpdir, dir, "cannot read: Is a directory");
    const char *endless[] = { "check-expect", "/dev/zero", NULL };
    refused(&w, w.tmpdir, endless, "/dev/zero: larger than");
    work_fini(&w);
}

Test(cli, malformed_baseline_reports)
{
    static const char *const cases[][2] = {
        { "", "not valid JSON: line 1: unexpected end of input" },
        { "{\"schema\": \"udsprobe-report\", \"probes\": [", "not valid JSON" },
        { "{\"schema\": \"udsprobe-report\"}\n}", "not valid JSON: line 2: trailing data" },
        { "[]", "not a udsprobe report" },
        { "{\"schema\": 1}", "not a udsprobe report" },
        { "{\"schema\": \"udsprobe-report\", \"schema_version\": \"1\"}",
          "unsupported schema_version" },
        { "{\"schema\": \"udsprobe-report\", \"schema_version\": 1e999}",
          "unsupported schema_version" },
        { "{\"schema\": \"udsprobe-report\", \"schema_version\": -1e-999}",
          "unsupported schema_version" },
        { "{\"schema\": \"udsprobe-report\", \"schema_version\": 1, \"probes\": {}}",
          "no \"probes\" array" },
        { "{\"schema\": \"udsprobe-report\", \"schema_version\": 1, \"probes\": [1]}",
          "a probe entry lacks" },
        { "{\"schema\": \"udsprobe-report\", \"schema_version\": 1, \"probes\": [{\"id\": 5, "
          "\"verdict\": \"n/a\"}]}",
          "a probe entry lacks" },
        { "{\"schema\": \"udsprobe-\xff\"}", "invalid UTF-8 in string" },
        { "{\"schema\": \"\xc0\xaf\"}", "invalid UTF-8 in string" },
        { "{\"schema\": \"\xed\xa0\x80\"}", "invalid UTF-8 in string" },
        { "{\"s\": \"\\x41\"}", "bad escape in string" },
        { "{\"s\": \"\\ud800\"}", "lone surrogate" },
        { "{\"s\": \"\\u0000\"}", "\\u0000 in string" },
        { "{\"s\": \"a\nb\"}", "control character in string" },
        { "{'schema': 1}", "expected a string key" },
        { "\xef\xbb\xbf{}", "unexpected character" },
    };
    struct work w;
    work_init(&w);
    char path[128];
    snprintf(path, sizeof path, "%s/base.json", w.root);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        write_text(path, cases[i][0], strlen(cases[i][0]));
        const char *args[] = { "run", "--probes", w.probes, "--expect", w.expect, "--baseline",
                               path, "-o", w.out, plain_id(0), NULL };
        refused(&w, w.tmpdir, args, cases[i][1]);
        cr_assert(strncmp(runner_stderr(&w) + 10, path, strlen(path)) == 0, "no file name");
    }
    /* nesting far deeper than a report has */
    char deep[20001];
    memset(deep, '[', 10000);
    memset(deep + 10000, ']', 10000);
    write_text(path, deep, 20000);
    const char *args[] = { "run", "--probes", w.probes, "--expect", w.expect, "--baseline", path,
                           "-o", w.out, plain_id(0), NULL };
    refused(&w, w.tmpdir, args, "nested too deeply");
    const char *zero[] = { "run", "--probes", w.probes, "--expect", w.expect, "--baseline",
                           "/dev/zero", "-o", w.out, plain_id(0), NULL };
    refused(&w, w.tmpdir, zero, "/dev/zero: larger than");
    const char *none[] = { "run", "--probes", w.probes, "--expect", w.expect, "--baseline",
                           "/nonexistent.json", "-o", w.out, plain_id(0), NULL };
    refused(&w, w.tmpdir, none, "/nonexistent.json: cannot read");
    work_fini(&w);
}
