/*
 * main.c - the udsprobe command: list, show, run, check-expect.
 */
#include "baseline.h"
#include "catalog.h"
#include "exec.h"
#include "expect.h"
#include "fingerprint.h"
#include "report.h"
#include "signals.h"
#include "signames.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <getopt.h>
#include <limits.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#ifndef UDSPROBE_VERSION
#define UDSPROBE_VERSION "0.0.0"
#endif

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
    "  -f, --format LIST    json,md,junit,tap (default: all four)\n"
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

/* One line on stderr, exit 2. */
static void usage_error(const char *fmt, const char *arg)
{
    fputs("udsprobe: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs(" (udsprobe --help for usage)\n", stderr);
    exit(2);
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

static const char *argv0; /* as the runner was started */

static int is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The runner's own executable with symlinks resolved, or NULL. Linux asks
 * /proc/self/exe; elsewhere (or without /proc) argv[0] is resolved, found
 * through PATH when it has no slash. */
static const char *self_exe(void)
{
    static char path[PATH_MAX];
    static int tried;
    if (tried)
        return path[0] ? path : NULL;
    tried = 1;
#ifdef __linux__
    ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
    if (n > 0) {
        path[n] = '\0';
        struct stat st;
        /* a deleted binary reads back as "PATH (deleted)" */
        if (path[0] == '/' && stat(path, &st) == 0 && S_ISREG(st.st_mode))
            return path;
    }
    path[0] = '\0';
#endif
    if (argv0 == NULL || argv0[0] == '\0')
        return NULL;
    if (strchr(argv0, '/') != NULL) {
        if (realpath(argv0, path) == NULL)
            path[0] = '\0';
        return path[0] ? path : NULL;
    }
    const char *search = getenv("PATH");
    for (const char *p = search != NULL ? search : ""; *p;) {
        size_t len = strcspn(p, ":");
        char *cand = len ? xasprintf("%.*s/%s", (int)len, p, argv0) : xasprintf("./%s", argv0);
        int found = access(cand, X_OK) == 0 && realpath(cand, path) != NULL;
        free(cand);
        if (found)
            return path;
        p += len;
        p += *p == ':';
    }
    path[0] = '\0';
    return NULL;
}

/* How far above the runner binary its checkout's platforms/ may be:
 * build/udsprobe, and build/clang/udsprobe (B=build/clang). */
#define TREE_LEVELS 4

/* The expectation directory: --platforms DIR, else UDSPROBE_PLATFORMS (a
 * directory named either way must exist), else ./platforms when the
 * current directory has one (a checkout), else the platforms/ of the tree
 * the runner binary lies in: its directory or one of the few above it
 * (build/udsprobe -> platforms/). NULL when there is none. Never a path
 * compiled into the runner: a copy of build/ in another clone reads that
 * clone's files, not the original checkout's. */
static const char *platforms_dir(const char *opt)
{
    const char *env = getenv("UDSPROBE_PLATFORMS");
    const char *dir = opt != NULL ? opt : env != NULL && *env ? env : NULL;
    if (dir != NULL) {
        struct stat st;
        if (stat(dir, &st) < 0)
            die("expectation directory %s: %s", dir, strerror(errno));
        if (!S_ISDIR(st.st_mode))
            die("expectation directory %s: not a directory", dir);
        return dir;
    }
    if (is_dir("platforms"))
        return "platforms";
    const char *exe = self_exe();
    if (exe == NULL)
        return NULL;
    static char found[PATH_MAX + 16];
    char tree[PATH_MAX];
    snprintf(tree, sizeof tree, "%s", exe);
    for (int up = 0; up < TREE_LEVELS; up++) {
        char *slash = strrchr(tree, '/');
        if (slash == NULL || slash == tree)
            break; /* not the root's platforms/: that is no checkout */
        *slash = '\0';
        snprintf(found, sizeof found, "%s/platforms", tree);
        if (is_dir(found))
            return found;
    }
    return NULL;
}

/* Where platforms_dir looked when it found nothing, for messages. */
static const char *platforms_searched(void)
{
    static char text[PATH_MAX + 64];
    const char *exe = self_exe();
    snprintf(text, sizeof text, "in the current directory%s%s", exe ? " and beside " : "",
             exe ? exe : "");
    return text;
}

/* ---- list and show ------------------------------------------------------ */

static int cmd_list(int argc, char **argv)
{
    int n;
    const struct catalog_entry **sel = select_probes(argv + 1, argc - 1, &n);
    for (int i = 0; i < n; i++)
        printf("%-52s %s\n", sel[i]->id, sel[i]->semantic);
    free(sel);
    return 0;
}

static void show_expectations(const char *dir, const char *id)
{
    static const char *const oses[] = { "linux", "freebsd", "darwin", "openbsd", "netbsd" };
    if (dir == NULL) {
        printf("\nexpectations: no platforms/ directory %s (UDSPROBE_PLATFORMS names one)\n",
               platforms_searched());
        return;
    }
    printf("\nexpectations (%s):\n", dir);
    int any = 0;
    for (size_t i = 0; i < sizeof oses / sizeof oses[0]; i++) {
        char *path = xasprintf("%s/%s.exp", dir, oses[i]);
        if (access(path, F_OK) != 0) {
            free(path);
            continue;
        }
        struct expect_set set;
        struct strbuf err;
        sb_init(&err);
        if (expect_load(&set, path, known_id, &err) < 0) {
            printf("  %-8s %s\n", oses[i], err.buf);
        } else {
            for (int k = 0; k < set.n; k++) {
                const struct expectation *e = &set.items[k];
                if (strcmp(e->id, id) != 0)
                    continue;
                printf("  %-8s ", oses[i]);
                if (e->cond_text[0])
                    printf("%s ", e->cond_text);
                for (int v = 0; v < e->nvalues; v++)
                    printf("%s ", e->values[v]);
                printf("%s: %s  [%s:%d]\n", expect_class_name(e->cls), e->citation, path, e->line);
                any++;
            }
            expect_free(&set);
        }
        sb_free(&err);
        free(path);
    }
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

/* ---- run ------------------------------------------------------------------ */

struct progress {
    int tty, verbose, quiet;
    int last_tenth;
};

/* Each probe's verdict as it finishes. */
static void on_progress(const struct result *r, int done, int total, void *ctx)
{
    struct progress *p = ctx;
    int notable = verdict_is_failure(r->verdict);
    if (p->quiet)
        return;
    if (p->tty)
        fputs("\r\033[K", stderr);
    if (p->verbose || notable) {
        fprintf(stderr, "%-12s %-50s %s\n", verdict_name(r->verdict), r->probe->id,
                r->outcome == OUT_OBSERVED && !notable ? r->value
                : r->detail                            ? r->detail
                : r->value                             ? r->value
                                                       : "");
    }
    if (p->tty) {
        fprintf(stderr, "[%d/%d] %s", done, total, r->probe->id);
        if (done == total)
            fputs("\r\033[K", stderr);
    } else if (!p->verbose && done * 10 / total > p->last_tenth) {
        p->last_tenth = done * 10 / total;
        fprintf(stderr, "udsprobe: %d/%d probes done\n", done, total);
    }
}

static void parse_identity(const char *s, uid_t *uid, gid_t *gid)
{
    unsigned long u, g;
    char extra;
    if (sscanf(s, "%lu:%lu%c", &u, &g, &extra) != 2 || u == 0)
        usage_error("--user wants UID:GID of an unprivileged identity, not '%s'", s);
    *uid = (uid_t)u;
    *gid = (gid_t)g;
}

static void default_identity(uid_t *uid, gid_t *gid)
{
    struct passwd *pw = getpwnam("nobody");
    *uid = pw != NULL ? pw->pw_uid : 65534;
    *gid = pw != NULL ? pw->pw_gid : 65534;
}

static void check_output_dir(const char *dir)
{
    if (make_dirs(dir, 0755) < 0)
        die("cannot create output directory %s: %s", dir, strerror(errno));
    char *probe = xasprintf("%s/.udsprobe-write-test.XXXXXX", dir);
    int fd = mkstemp(probe);
    if (fd < 0)
        die("cannot write reports to %s: %s", dir, strerror(errno));
    close(fd);
    unlink(probe);
    free(probe);
}

/* Where scratch dirs are made: an absolute path (probes chdir into their
 * scratch dirs), short enough to leave room in sun_path for the probes' own
 * names, and not a shared directory where others could rename or replace
 * a scratch dir (world-writable without the sticky bit). */
static const char *check_tmpdir(void)
{
    static char dir[PATH_MAX];
    const char *t = getenv("TMPDIR");
    const char *given = t != NULL && *t ? t : "/tmp";
    if (realpath(given, dir) == NULL)
        die("TMPDIR %s: %s", given, strerror(errno));
    size_t room = sizeof(((struct sockaddr_un *)0)->sun_path) - 40;
    if (strlen(dir) + strlen("/udsprobe.XXXXXX") > room)
        die("TMPDIR %s is too long for AF_UNIX addresses: scratch paths must stay under %zu "
            "bytes; set TMPDIR to a shorter directory", dir, room);
    struct stat st;
    if (stat(dir, &st) < 0)
        die("TMPDIR %s: %s", dir, strerror(errno));
    if (!S_ISDIR(st.st_mode))
        die("TMPDIR %s is not a directory", dir);
    if (access(dir, W_OK | X_OK) < 0)
        die("TMPDIR %s is not writable: %s", dir, strerror(errno));
    if ((st.st_mode & S_IWOTH) && !(st.st_mode & S_ISVTX))
        die("TMPDIR %s is writable by everyone but not sticky, so others could replace the "
            "scratch dirs; use a directory like /tmp", dir);
    /* Probes that drop root must be able to reach their scratch dirs. */
    if (geteuid() == 0 && (st.st_mode & S_IXOTH) == 0)
        die("TMPDIR %s is not searchable by others, so probes that drop root could not enter "
            "their scratch dirs; set TMPDIR to a directory like /tmp", dir);
    return dir;
}

static void write_report(const char *dir, const char *target, const char *ext,
                         void (*fn)(const struct run *, struct strbuf *), const struct run *run,
                         struct strbuf *written)
{
    struct strbuf sb;
    sb_init(&sb);
    fn(run, &sb);
    char *path = xasprintf("%s/%s.%s", dir, target, ext);
    if (write_file_atomic(path, sb.buf, sb.len) < 0)
        die("cannot write %s: %s", path, strerror(errno));
    sb_printf(written, " %s", path);
    free(path);
    sb_free(&sb);
}

static void print_summary(const struct run *run, const struct strbuf *written)
{
    const struct fingerprint *fp = &run->fp;
    printf("udsprobe %s: %s, %s %s %s, %s %s, run as uid %ld\n", run->suite_version, fp->target,
           fp->os, fp->release, fp->machine, fp->libc, fp->libc_version, fp->euid);
    printf("%d probes in %.1f s:", run->n, run->duration_s);
    for (int v = 0; v < V_COUNT; v++)
        if (v <= V_CRASH || run->counts[v])
            printf("%s %d %s", v ? "," : "", run->counts[v], verdict_name((enum verdict)v));
    printf("\n");
    for (int i = 0; i < run->n; i++) {
        const struct result *r = &run->results[i];
        if (r->verdict == V_DIVERGES) {
            const struct expectation *e = r->doc ? r->doc : r->src;
            printf("  diverges  %-46s observed %-16s %s: %s%s (%s)\n", r->probe->id, r->value,
                   expect_class_name(e->cls), e->values[0], e->nvalues > 1 ? " ..." : "",
                   e->citation);
        } else if (verdict_is_failure(r->verdict)) {
            printf("  %-9s %-46s %s\n", verdict_name(r->verdict), r->probe->id,
                   r->detail ? r->detail : "");
        }
        if (r->baseline_changed)
            printf("  changed   %-46s was %s\n", r->probe->id, r->baseline_value);
    }
    const char *by = run->interrupted_by ? signal_name(run->interrupted_by) : "a signal";
    int ran = run_ran(run);
    if (!run->complete) {
        for (int i = 0; i < run->n; i++) {
            const struct result *r = &run->results[i];
            if (r->stopped == STOP_KILLED)
                printf("  %-9s %-46s %s\n", "killed", r->probe->id, "running when interrupted");
        }
        printf("the run was interrupted by %s: %d of %d probes did not run; the reports are "
               "marked incomplete\n", by, run->n - ran, run->n);
    }
    if (written->len)
        printf("reports:%s\n", written->buf);
    /* Only what ran is counted: a probe that did not run neither passed
     * nor failed. */
    int failed = 0;
    for (int i = 0; i < run->n; i++)
        failed += run->results[i].verdict != V_NOT_RUN && result_fails(run, &run->results[i]);
    int skipped = run->counts[V_NA];
    /* The plain closing line CI systems read. */
    if (!run->complete)
        printf("udsprobe: interrupted by %s: %d passed, %d failed, %d skipped, %d not run\n", by,
               ran - failed - skipped, failed, skipped, run->n - ran);
    else
        printf("udsprobe: %d passed, %d failed, %d skipped\n", ran - failed - skipped, failed,
               skipped);
}

static int cmd_run(int argc, char **argv, const char *exe)
{
    static const struct option longopts[] = {
        { "jobs", required_argument, NULL, 'j' },
        { "timeout", required_argument, NULL, 't' },
        { "output", required_argument, NULL, 'o' },
        { "format", required_argument, NULL, 'f' },
        { "target", required_argument, NULL, 'T' },
        { "expect", required_argument, NULL, 'E' },
        { "platforms", required_argument, NULL, 'P' },
        { "probes", required_argument, NULL, 'D' },
        { "multicall", required_argument, NULL, 'M' },
        { "emulated", required_argument, NULL, 'e' },
        { "exec-via", required_argument, NULL, 'X' },
        { "user", required_argument, NULL, 'u' },
        { "strict", no_argument, NULL, 's' },
        { "baseline", required_argument, NULL, 'b' },
        { "verbose", no_argument, NULL, 'v' },
        { "quiet", no_argument, NULL, 'q' },
        { NULL, 0, NULL, 0 },
    };
    stop_signals_block();
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    int jobs = ncpu > 0 ? (int)ncpu : 1;
    double timeout = 10;
    const char *outdir = "reports", *formats = "json,md,junit,tap", *target = "host";
    const char *expect_path = NULL, *platforms = NULL, *probe_dir = NULL, *multicall = NULL;
    const char *emulated = "", *baseline = NULL, *exec_via = NULL;
    int strict = 0;
    struct progress prog = { isatty(2), 0, 0, 0 };
    struct exec_opts eo;
    memset(&eo, 0, sizeof eo);
    default_identity(&eo.drop_uid, &eo.drop_gid);

    optind = 1;
    opterr = 0; /* our own one-line messages */
    int c;
    while ((c = getopt_long(argc, argv, ":j:t:o:f:vq", longopts, NULL)) != -1) {
        char *end;
        switch (c) {
        case 'j':
            jobs = (int)strtol(optarg, &end, 10);
            if (*end || jobs < 1 || jobs > 256)
                usage_error("--jobs wants a number from 1 to 256, not '%s'", optarg);
            break;
        case 't':
            timeout = strtod(optarg, &end);
            if (*end || !(timeout > 0 && timeout <= 3600))
                usage_error("--timeout wants seconds (0 < SEC <= 3600), not '%s'", optarg);
            break;
        case 'o': outdir = optarg; break;
        case 'f': formats = optarg; break;
        case 'T':
            target = optarg;
            for (const char *p = target; *p; p++)
                if (!(*p == '-' || *p == '_' || *p == '.' || (*p >= '0' && *p <= '9') ||
                      (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
                    usage_error("--target wants [A-Za-z0-9._-], not '%s'", optarg);
            if (!*target || *target == '.')
                usage_error("--target wants a name, not '%s'", optarg);
            if (strlen(target) > 63)
                usage_error("--target wants at most 63 characters, not '%s'", optarg);
            break;
        case 'E': expect_path = optarg; break;
        case 'P': platforms = optarg; break;
        case 'D': probe_dir = optarg; break;
        case 'M': multicall = optarg; break;
        case 'e': emulated = optarg; break;
        case 'X': exec_via = optarg; break;
        case 'u': parse_identity(optarg, &eo.drop_uid, &eo.drop_gid); break;
        case 's': strict = 1; break;
        case 'b': baseline = optarg; break;
        case 'v': prog.verbose = 1; break;
        case 'q': prog.quiet = 1; break;
        case ':': usage_error("option '%s' needs a value", argv[optind - 1]); break;
        default:
            if (optopt != 0) {
                char opt[3] = { '-', (char)optopt, '\0' };
                usage_error("unknown option '%s'", opt);
            }
            usage_error("unknown option '%s'", argv[optind - 1]);
        }
    }
    const char *known_formats[] = { "json", "md", "junit", "tap" };
    int want[4] = { 0, 0, 0, 0 };
    char *fl = xstrdup(formats);
    for (char *tok = strtok(fl, ","); tok; tok = strtok(NULL, ",")) {
        int ok = 0;
        for (int i = 0; i < 4; i++)
            if (strcmp(tok, known_formats[i]) == 0)
                want[i] = ok = 1;
        if (!ok)
            usage_error("unknown report format '%s' (json, md, junit, tap)", tok);
    }
    free(fl);

    int n;
    const struct catalog_entry **sel = select_probes(argv + optind, argc - optind, &n);
    if (n == 0)
        die("no probes are built into this udsprobe");

    struct run run;
    memset(&run, 0, sizeof run);
    fingerprint_take(&run.fp, target, emulated);
    run.suite_version = UDSPROBE_VERSION;
    run.jobs = jobs;
    run.timeout_s = timeout;
    run.strict = strict;
    run.baseline_path = baseline;
    struct baseline *base = NULL;
    if (baseline != NULL) {
        struct strbuf err;
        sb_init(&err);
        base = baseline_load(baseline, &err);
        if (base == NULL)
            die("%s", err.buf);
        sb_free(&err);
    }

    /* Expectations: an explicit file must exist; the OS's default may not,
     * except under --strict. Whichever file exists is loaded, and a
     * malformed one is refused with its file:line. */
    struct expect_set exp;
    memset(&exp, 0, sizeof exp);
    char family[64];
    fingerprint_os_family(&run.fp, family, sizeof family);
    const char *pdir = platforms_dir(platforms); /* a bad --platforms is refused */
    char *default_exp = xasprintf("%s/%s.exp", pdir != NULL ? pdir : "platforms", family);
    const char *exp_file = expect_path ? expect_path : default_exp;
    struct stat exp_st;
    if (expect_path != NULL || (pdir != NULL && lstat(exp_file, &exp_st) == 0)) {
        struct strbuf err;
        sb_init(&err);
        if (expect_load(&exp, exp_file, known_id, &err) < 0)
            die("%s", err.buf);
        sb_free(&err);
        run.expect_path = exp_file;
    } else {
        char *where = pdir != NULL ? xasprintf("%s", exp_file)
                                   : xasprintf("%s %s", exp_file, platforms_searched());
        if (strict)
            die("--strict: no expectation file for this OS (looked for %s)", where);
        fprintf(stderr, "udsprobe: no expectations for %s (looked for %s): every probe is "
                "undocumented\n", run.fp.os, where);
        free(where);
        run.expect_missing = exp_file;
    }

    eo.tmpdir = check_tmpdir();

    char probes_buf[PATH_MAX + 8];
    if (multicall == NULL && probe_dir == NULL) {
        /* beside the runner: as started, or (found through PATH) resolved */
        if (strchr(exe, '/') == NULL && self_exe() != NULL)
            exe = self_exe();
        const char *slash = strrchr(exe, '/');
        if (slash != NULL)
            snprintf(probes_buf, sizeof probes_buf, "%.*s/cases", (int)(slash - exe), exe);
        else
            snprintf(probes_buf, sizeof probes_buf, "cases");
        probe_dir = probes_buf;
    }
    /* Probes start in their scratch dirs, so their paths must be absolute. */
    char abs_probes[PATH_MAX], abs_multi[PATH_MAX];
    if (multicall != NULL) {
        if (realpath(multicall, abs_multi) == NULL)
            die("multi-call binary %s: %s", multicall, strerror(errno));
        multicall = abs_multi;
    } else {
        if (realpath(probe_dir, abs_probes) == NULL)
            die("probe directory %s: %s (build with make, or pass --probes DIR)", probe_dir,
                strerror(errno));
        probe_dir = abs_probes;
    }
    char abs_via[PATH_MAX];
    if (exec_via != NULL) {
        if (realpath(exec_via, abs_via) == NULL || access(abs_via, X_OK) < 0)
            die("--exec-via %s: %s", exec_via, strerror(errno));
        exec_via = abs_via;
    }
    /* Last of the checks, so that bad input leaves no directory behind. */
    if (want[0] || want[1] || want[2] || want[3])
        check_output_dir(outdir);
    char ids[64], tag[48], nonce[17];
    snprintf(ids, sizeof ids, "%ld:%ld,%ld:%ld", (long)eo.drop_uid, (long)eo.drop_gid,
             (long)eo.drop_uid - 1, (long)eo.drop_gid - 1);
    /* Abstract names are in a namespace every local user shares and no
     * permission guards, so the tag they derive from must not be guessable. */
    random_hex(nonce, 8);
    snprintf(tag, sizeof tag, "r%ld-%s", (long)getpid(), nonce);
    eo.jobs = jobs;
    eo.timeout_ms = (int)(timeout * 1000);
    eo.probe_dir = probe_dir;
    eo.multicall = multicall;
    eo.exec_via = exec_via;
    eo.ids = ids;
    eo.run_tag = tag;
    eo.progress = on_progress;
    eo.ctx = &prog;

    run.n = n;
    run.results = xcalloc((size_t)n, sizeof *run.results);
    for (int i = 0; i < n; i++) {
        run.results[i].probe = sel[i];
        run.results[i].verdict = V_UNDOCUMENTED; /* until decided */
        run.results[i].exit_code = -1;
    }
    time_t t0 = time(NULL);
    strftime(run.started, sizeof run.started, "%Y-%m-%dT%H:%M:%SZ", gmtime(&t0));
    double start = now_ms();
    eo.exp = run.expect_path ? &exp : NULL;
    eo.release = run.fp.has_release_ver ? run.fp.release_ver : NULL;
    int stopped = exec_run(run.results, n, &eo);
    run.duration_s = (now_ms() - start) / 1000.0;
    run.complete = stopped == 0;
    run.interrupted_by = stopped;
    if (stopped && prog.tty && !prog.quiet)
        fputs("\r\033[K", stderr); /* the progress line */
    if (base != NULL)
        baseline_apply(base, run.results, n);
    run_count(&run);

    struct strbuf written;
    sb_init(&written);
    if (want[0]) write_report(outdir, target, "json", report_json, &run, &written);
    if (want[1]) write_report(outdir, target, "md", report_markdown, &run, &written);
    if (want[2]) write_report(outdir, target, "junit.xml", report_junit, &run, &written);
    if (want[3]) write_report(outdir, target, "tap", report_tap, &run, &written);
    print_summary(&run, &written);
    fflush(stdout);

    /* Interrupted: 128 + the signal, as a shell reports a command it
     * killed (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP). */
    int rc = stopped ? 128 + stopped : run_failed(&run) ? 1 : 0;
    int late = stopped ? 0 : stop_signal_pending();
    if (late) {
        fprintf(stderr, "udsprobe: %s after the run; the reports are complete\n",
                signal_name(late));
        rc = 128 + late;
    }
    for (int i = 0; i < n; i++) {
        struct result *r = &run.results[i];
        free(r->value);
        free(r->detail);
        free(r->ran_as);
        free(r->baseline_value);
        sb_free(&r->out);
        sb_free(&r->err);
    }
    free(run.results);
    sb_free(&written);
    expect_free(&exp);
    baseline_free(base);
    free(default_exp);
    free(sel);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc < 2)
        usage_error("no command given%s", "");
    argv0 = argv[0];
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        fputs(usage_text, stdout);
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
    if (strcmp(cmd, "run") == 0)
        return cmd_run(argc - 1, argv + 1, argv[0]);
    if (strcmp(cmd, "check-expect") == 0)
        return cmd_check_expect(argc - 1, argv + 1);
    usage_error("unknown command '%s'", cmd);
}
