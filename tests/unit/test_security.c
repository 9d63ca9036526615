/*
 * test_security.c - the suite's own safety: scratch dirs are private and
 * unpredictable, abstract-name tags cannot be guessed, and reports are
 * written through unpredictable temp files that never follow a link.
 * (The privilege drop is checked in test_exec.c with the whoami fixture;
 * report file modes in test_runner.c.)
 */
#include <criterion/criterion.h>
#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runner_cli.h"
#include "runner/util.h"

TestSuite(security, .fini = work_cleanup, .timeout = 60);

/* "key=value" out of a fixture's comma-separated value, into buf. */
static const char *field(const char *value, const char *key, char *buf, size_t size)
{
    size_t k = strlen(key);
    for (const char *p = value; p != NULL; p = strchr(p, ',') ? strchr(p, ',') + 1 : NULL) {
        if (strncmp(p, key, k) == 0 && p[k] == '=') {
            size_t n = strcspn(p + k + 1, ",");
            cr_assert_lt(n, size);
            memcpy(buf, p + k + 1, n);
            buf[n] = '\0';
            return buf;
        }
    }
    cr_assert_fail("no %s in %s", key, value);
    return NULL;
}

/* The value the where fixture reported in one run of the real runner. */
static void run_where(struct work *w, char *value, size_t size)
{
    const char *args[] = { "run", "--probes", w->probes, "--expect", w->expect, "-o", w->out,
                           "-f", "json", "-q", plain_id(0), NULL };
    cr_assert_eq(runner_run(w, w->tmpdir, args), 0, "%s", runner_stderr(w));
    struct json *doc = read_report(w);
    const char *v = json_get_str(report_probe(doc, plain_id(0)), "value");
    cr_assert_not_null(v);
    snprintf(value, size, "%s", v);
    json_free(doc);
}

Test(security, scratch_dirs_are_private_unpredictable_and_under_tmpdir)
{
    struct work w;
    work_init(&w);
    install_fixture(&w, plain_id(0), "where");
    char v1[512], v2[512], d1[256], d2[256], buf[64];
    run_where(&w, v1, sizeof v1);
    run_where(&w, v2, sizeof v2);
    field(v1, "dir", d1, sizeof d1);
    field(v2, "dir", d2, sizeof d2);
    char prefix[160];
    snprintf(prefix, sizeof prefix, "%s/udsprobe.", w.tmpdir);
    cr_assert(strncmp(d1, prefix, strlen(prefix)) == 0, "%s not under %s", d1, w.tmpdir);
    cr_assert_eq(strlen(d1), strlen(prefix) + 6, "%s: not a mkdtemp name", d1);
    cr_assert_str_neq(d1, d2, "two runs used the same scratch dir name");
    cr_assert_str_eq(field(v1, "mode", buf, sizeof buf), "700");
    cr_assert_str_eq(field(v1, "tmpdir_is_scratch", buf, sizeof buf), "yes");
    work_fini(&w);
}

/* "r<pid>-<16 hex digits>.<index>" */
static int random_tag(const char *tag)
{
    const char *p = tag;
    if (*p++ != 'r' || !isdigit((unsigned char)*p))
        return 0;
    while (isdigit((unsigned char)*p))
        p++;
    if (*p++ != '-')
        return 0;
    for (int i = 0; i < 16; i++)
        if (!isxdigit((unsigned char)*p++))
            return 0;
    return *p == '.';
}

Test(security, abstract_name_tags_cannot_be_guessed)
{
    struct work w;
    work_init(&w);
    install_fixture(&w, plain_id(0), "where");
    char v1[512], v2[512], t1[96], t2[96];
    run_where(&w, v1, sizeof v1);
    run_where(&w, v2, sizeof v2);
    field(v1, "tag", t1, sizeof t1);
    field(v2, "tag", t2, sizeof t2);
    cr_assert(random_tag(t1), "tag %s has no random part", t1);
    cr_assert(random_tag(t2), "tag %s has no random part", t2);
    /* the random parts differ (pids may repeat) */
    cr_assert_neq(strcmp(strchr(t1, '-'), strchr(t2, '-')), 0, "%s and %s", t1, t2);
    work_fini(&w);
}

Test(security, report_writing_replaces_a_planted_link_and_never_follows_it)
{
    char dir[] = "/tmp/udsprobe-sec-XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    char victim[64], report[64];
    snprintf(victim, sizeof victim, "%s/victim", dir);
    snprintf(report, sizeof report, "%s/host.json", dir);
    cr_assert_eq(write_file_atomic(victim, "precious", 8), 0);
    cr_assert_eq(symlink(victim, report), 0);
    cr_assert_eq(write_file_atomic(report, "{}\n", 3), 0);
    struct stat st;
    cr_assert_eq(lstat(report, &st), 0);
    cr_assert(S_ISREG(st.st_mode), "the report is still a link");
    cr_assert_eq(st.st_mode & 07777, 0644);
    size_t len;
    char *text = read_file(victim, 64, &len);
    cr_assert_str_eq(text, "precious", "the write went through the link");
    free(text);
    cr_assert_eq(count_entries(dir), 2, "a temp file was left behind");
    unlink(report);
    unlink(victim);
    rmdir(dir);
}

Test(security, report_temp_files_have_unpredictable_names)
{
    /* Links planted at the obvious temp names are neither followed nor
     * removed; a write that fails (the target is a directory) leaves no
     * temp file. */
    char dir[] = "/tmp/udsprobe-sec-XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    char report[64], planted[80];
    snprintf(report, sizeof report, "%s/host.json", dir);
    static const char *const guesses[] = { ".tmp", ".tmpXXXXXX", "~", ".new" };
    for (size_t i = 0; i < sizeof guesses / sizeof guesses[0]; i++) {
        snprintf(planted, sizeof planted, "%s%s", report, guesses[i]);
        cr_assert_eq(symlink("/nonexistent/victim", planted), 0);
    }
    cr_assert_eq(write_file_atomic(report, "{}\n", 3), 0);
    cr_assert_eq(count_entries(dir), 5, "the planted links were used or a temp file left");
    cr_assert_eq(unlink(report), 0);
    cr_assert_eq(mkdir(report, 0700), 0);
    cr_assert_eq(write_file_atomic(report, "{}\n", 3), -1);
    cr_assert_eq(count_entries(dir), 5, "a failed write left its temp file");
    rmdir(report);
    for (size_t i = 0; i < sizeof guesses / sizeof guesses[0]; i++) {
        snprintf(planted, sizeof planted, "%s%s", report, guesses[i]);
        unlink(planted);
    }
    rmdir(dir);
}
