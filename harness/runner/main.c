/*
 * main.c - the udsprobe command: list, show, check-expect, version, and
 * the dispatch to run (cmd_run.c).
 */
#include "catalog.h"
#include "cli.h"
#include "cmd_run.h"
#include "expect.h"
#include "platforms.h"
#include "report.h"
#include "selfexe.h"

#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef UDSPROBE_VERSION
#define UDSPROBE_VERSION "0.0.0"
#endif

/* The report formats fill in the %s. */
static const char usage_text[] =
    "usage: udsprobe list [ID|AREA|GLOB ...]\n"
    "       udsprobe show ID\n"
    "       udsprobe run [options] [ID|AREA|GLOB ...]\n"
    "       udsprobe check-expect FILE ...\n"
    "       udsprobe version\n"
    "\n"
    "run options:\n"
    "  -j, --jobs N         probes run at once (default: online CPUs)\n"
    "  -t, --timeout SEC    wall-clock limit per probe (default 10)\n"
    "  -o, --output DIR     where reports go (default: reports)\n"
    "  -f, --format LIST    %s (default: all)\n"
    "      --target NAME    platform name in reports and file names (default: host)\n"
    "      --expect FILE    expectations (default: <platforms>/<os>.exp)\n"
    "      --platforms DIR  expectation directory (default: ./platforms, else the\n"
    "                       platforms/ of the checkout the runner binary is in)\n"
    "      --probes DIR     directory of probe executables\n"
    "      --multicall FILE run probes from one multi-call binary instead\n"
    "      --emulated WHAT  record that the platform is emulated (e.g. \"qemu-user aarch64\")\n"
    "      --exec-via PROG  run each probe binary through this emulator (qemu-user)\n"
    "      --user UID:GID   identity for probes that need no root (default: nobody)\n"
    "      --strict         divergences from the documentation fail the run, and\n"
    "                       a missing expectation file is refused\n"
    "      --baseline FILE  fail when an observation differs from this report\n"
    "  -v, --verbose        a line per probe\n"
    "  -q, --quiet          no progress, only the summary\n"
    "\n"
    "UDSPROBE_PLATFORMS names the expectation directory for show and run.\n";

static void print_usage(void)
{
    struct strbuf formats;
    sb_init(&formats);
    report_format_names(&formats, ",");
    printf(usage_text, formats.buf);
    sb_free(&formats);
}

static int known_id(const char *id)
{
    return catalog_find(id) != NULL;
}

static int has_glob(const char *s)
{
    return strpbrk(s, "*?[") != NULL;
}

/* Select probes by exact ID, area name or glob, in catalog order. Every
 * argument must select something. */
static const struct catalog_entry **select_probes(char **args, int nargs, int *count)
{
    char *chosen = xcalloc((size_t)catalog_size, 1);
    for (int a = 0; a < nargs; a++) {
        int hits = 0;
        for (int i = 0; i < catalog_size; i++) {
            const struct catalog_entry *e = &catalog[i];
            if (strcmp(args[a], e->id) == 0 || strcmp(args[a], e->area) == 0 ||
                (has_glob(args[a]) && fnmatch(args[a], e->id, 0) == 0)) {
                chosen[i] = 1;
                hits++;
            }
        }
        if (hits == 0)
            usage_error(has_glob(args[a]) ? "no probe matches '%s'"
                                          : "unknown probe ID or area '%s'", args[a]);
    }
    const struct catalog_entry **out = xcalloc((size_t)catalog_size, sizeof *out);
    int n = 0;
    for (int i = 0; i < catalog_size; i++)
        if (nargs == 0 || chosen[i])
            out[n++] = &catalog[i];
    free(chosen);
    *count = n;
    return out;
}

static int cmd_list(int argc, char **argv)
{
    int n;
    const struct catalog_entry **sel = select_probes(argv + 1, argc - 1, &n);
    for (int i = 0; i < n; i++)
        printf("%-52s %s\n", sel[i]->id, sel[i]->semantic);
    free(sel);
    return 0;
}

/* The lines of <dir>/<os>.exp for probe id; how many there were. */
static int show_os_expectations(const char *dir, const char *os, const char *id)
{
    char *path = xasprintf("%s/%s.exp", dir, os);
    struct expect_set set;
    struct strbuf err;
    sb_init(&err);
    int shown = 0;
    if (expect_load(&set, path, known_id, &err) < 0) {
        printf("  %-8s %s\n", os, err.buf);
    } else {
        for (int k = 0; k < set.n; k++) {
            const struct expectation *e = &set.items[k];
            if (strcmp(e->id, id) != 0)
                continue;
            printf("  %-8s ", os);
            if (e->cond_text[0])
                printf("%s ", e->cond_text);
            for (int v = 0; v < e->nvalues; v++)
                printf("%s ", e->values[v]);
            printf("%s: %s  [%s:%d]\n", expect_class_name(e->cls), e->citation, path, e->line);
            shown++;
        }
        expect_free(&set);
    }
    sb_free(&err);
    free(path);
    return shown;
}

/* Every OS's expectations for probe id: each platforms/<os>.exp there is. */
static void show_expectations(const char *dir, const char *id)
{
    if (dir == NULL) {
        printf("\nexpectations: no platforms/ directory %s (UDSPROBE_PLATFORMS names one)\n",
               platforms_searched());
        return;
    }
    printf("\nexpectations (%s):\n", dir);
    char **oses = platform_names(dir);
    int any = 0;
    for (char **os = oses; *os != NULL; os++)
        any += show_os_expectations(dir, *os, id);
    platform_names_free(oses);
    if (!any)
        printf("  none: no document speaks; reports show it as undocumented\n");
}

static int cmd_show(int argc, char **argv)
{
    if (argc != 2)
        usage_error("show takes one probe ID%s", "");
    const struct catalog_entry *e = catalog_find(argv[1]);
    if (e == NULL)
        usage_error("unknown probe ID '%s'", argv[1]);
    printf("%s\n  %s\n", e->id, e->semantic);
    if (e->notes[0])
        printf("\n  %s\n", e->notes);
    printf("\ncovers:  %s\nneeds:   %s\nsource:  %s\n", e->covers, e->needs, e->source);
    if (e->cites[0]) {
        printf("\ndocumented in:\n  ");
        for (const char *p = e->cites; *p; p++) {
            putchar(*p);
            if (*p == '\n')
                fputs("  ", stdout);
        }
        putchar('\n');
    }
    show_expectations(platforms_dir(NULL), e->id);
    return 0;
}

static int cmd_check_expect(int argc, char **argv)
{
    if (argc < 2)
        usage_error("check-expect takes one or more files%s", "");
    int bad = 0;
    for (int i = 1; i < argc; i++) {
        struct expect_set set;
        struct strbuf err;
        sb_init(&err);
        if (expect_load(&set, argv[i], known_id, &err) < 0) {
            fprintf(stderr, "udsprobe: %s\n", err.buf);
            bad = 1;
        } else {
            printf("%s: %d expectations\n", argv[i], set.n);
            expect_free(&set);
        }
        sb_free(&err);
    }
    return bad ? 2 : 0;
}

int main(int argc, char **argv)
{
    if (argc < 2)
        usage_error("no command given%s", "");
    self_exe_init(argv[0]);
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        print_usage();
        return 0;
    }
    if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0) {
        printf("udsprobe %s (%d probes)\n", UDSPROBE_VERSION, catalog_size);
        return 0;
    }
    if (strcmp(cmd, "list") == 0)
        return cmd_list(argc - 1, argv + 1);
    if (strcmp(cmd, "show") == 0)
        return cmd_show(argc - 1, argv + 1);
    if (strcmp(cmd, "run") == 0) {
        static const struct probe_lookup lookup = { select_probes, known_id };
        return cmd_run(argc - 1, argv + 1, argv[0], &lookup);
    }
    if (strcmp(cmd, "check-expect") == 0)
        return cmd_check_expect(argc - 1, argv + 1);
    usage_error("unknown command '%s'", cmd);
}
