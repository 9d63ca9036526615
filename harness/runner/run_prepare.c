/*
 * run_prepare.c - every input of `udsprobe run` checked before anything
 * runs: the baseline, the expectations, TMPDIR, the probes, the emulator
 * and, last, the output directory, so that bad input leaves nothing behind.
 */
#include "cmd_run.h"
#include "platforms.h"
#include "selfexe.h"

#include <errno.h>
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

static void load_baseline(struct run_state *st)
{
    if (st->opt.baseline == NULL)
        return;
    struct strbuf err;
    sb_init(&err);
    st->base = baseline_load(st->opt.baseline, &err);
    if (st->base == NULL)
        die("%s", err.buf);
    sb_free(&err);
}

/* An explicit file must exist; the OS's default may not, except under
 * --strict. Whichever file exists is loaded, and a malformed one is
 * refused with its file:line. */
static void load_expectations(struct run_state *st, int (*known)(const char *id))
{
    char family[64];
    fingerprint_os_family(&st->run.fp, family, sizeof family);
    const char *pdir = platforms_dir(st->opt.platforms); /* a bad --platforms is refused */
    st->default_exp = xasprintf("%s/%s.exp", pdir != NULL ? pdir : "platforms", family);
    const char *file = st->opt.expect_path ? st->opt.expect_path : st->default_exp;
    struct stat sb;
    if (st->opt.expect_path != NULL || (pdir != NULL && lstat(file, &sb) == 0)) {
        struct strbuf err;
        sb_init(&err);
        if (expect_load(&st->exp, file, known, &err) < 0)
            die("%s", err.buf);
        sb_free(&err);
        st->run.expect_path = file;
        return;
    }
    char *where = pdir != NULL ? xasprintf("%s", file)
                               : xasprintf("%s %s", file, platforms_searched());
    if (st->opt.strict)
        die("--strict: no expectation file for this OS (looked for %s)", where);
    fprintf(stderr, "udsprobe: no expectations for %s (looked for %s): every probe is "
            "undocumented\n", st->run.fp.os, where);
    free(where);
    st->run.expect_missing = file;
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

/* Probes start in their scratch dirs, so every path to a program they run
 * is made absolute: the multi-call binary, or the probe directory (by
 * default cases/ beside the runner), and the emulator. */
static void resolve_programs(struct run_state *st, const char *exe)
{
    const struct run_options *o = &st->opt;
    if (o->multicall != NULL) {
        if (realpath(o->multicall, st->multicall) == NULL)
            die("multi-call binary %s: %s", o->multicall, strerror(errno));
        st->eo.multicall = st->multicall;
    } else {
        char beside[PATH_MAX + 8];
        /* beside the runner: as started, or (found through PATH) resolved */
        if (strchr(exe, '/') == NULL && self_exe() != NULL)
            exe = self_exe();
        const char *slash = strrchr(exe, '/');
        snprintf(beside, sizeof beside, "%.*s%scases", slash ? (int)(slash - exe) : 0, exe,
                 slash ? "/" : "");
        const char *dir = o->probe_dir != NULL ? o->probe_dir : beside;
        if (realpath(dir, st->probe_dir) == NULL)
            die("probe directory %s: %s (build with make, or pass --probes DIR)", dir,
                strerror(errno));
        st->eo.probe_dir = st->probe_dir;
    }
    if (o->exec_via != NULL) {
        if (realpath(o->exec_via, st->exec_via) == NULL || access(st->exec_via, X_OK) < 0)
            die("--exec-via %s: %s", o->exec_via, strerror(errno));
        st->eo.exec_via = st->exec_via;
    }
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

/* The identities and the per-run tag the probes are given. */
static void name_the_run(struct run_state *st)
{
    const struct run_options *o = &st->opt;
    snprintf(st->ids, sizeof st->ids, "%ld:%ld,%ld:%ld", (long)o->drop_uid, (long)o->drop_gid,
             (long)o->drop_uid - 1, (long)o->drop_gid - 1);
    /* Abstract names are in a namespace every local user shares and no
     * permission guards, so the tag they derive from must not be guessable. */
    char nonce[17];
    random_hex(nonce, 8);
    snprintf(st->tag, sizeof st->tag, "r%ld-%s", (long)getpid(), nonce);
    st->eo.jobs = o->jobs;
    st->eo.timeout_ms = (int)(o->timeout * 1000);
    st->eo.drop_uid = o->drop_uid;
    st->eo.drop_gid = o->drop_gid;
    st->eo.ids = st->ids;
    st->eo.run_tag = st->tag;
    st->eo.progress = progress_show;
    st->eo.ctx = &st->opt.progress;
}

static void describe_run(struct run_state *st, int n)
{
    struct run *run = &st->run;
    fingerprint_take(&run->fp, st->opt.target, st->opt.emulated);
    run->suite_version = UDSPROBE_VERSION;
    run->jobs = st->opt.jobs;
    run->timeout_s = st->opt.timeout;
    run->strict = st->opt.strict;
    run->baseline_path = st->opt.baseline;
    run->n = n;
    run->results = xcalloc((size_t)n, sizeof *run->results);
    for (int i = 0; i < n; i++) {
        run->results[i].probe = st->sel[i];
        run->results[i].verdict = V_UNDOCUMENTED; /* until decided */
        run->results[i].exit_code = -1;
    }
}

void run_prepare(struct run_state *st, const struct probe_lookup *lookup, const char *exe)
{
    int n;
    st->sel = lookup->select(st->opt.args, st->opt.nargs, &n);
    if (n == 0)
        die("no probes are built into this udsprobe");
    describe_run(st, n);
    load_baseline(st);
    load_expectations(st, lookup->known);
    st->eo.tmpdir = check_tmpdir();
    resolve_programs(st, exe);
    if (st->opt.formats != 0)
        check_output_dir(st->opt.outdir);
    name_the_run(st);
    st->eo.exp = st->run.expect_path ? &st->exp : NULL;
    st->eo.release = st->run.fp.has_release_ver ? st->run.fp.release_ver : NULL;
    sb_init(&st->written);
}
