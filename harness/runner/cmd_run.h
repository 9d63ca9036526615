/* cmd_run.h - `udsprobe run`, in the steps it takes: parse the command
 * line, prepare (check every input before anything runs), run the probes,
 * write the reports, free. */
#ifndef UDSPROBE_CMD_RUN_H
#define UDSPROBE_CMD_RUN_H

#include "baseline.h"
#include "exec.h"
#include "expect.h"
#include "progress.h"
#include "report.h"

#include <limits.h>

/* How the run command finds probes. main.c passes the catalog's lookups:
 * the command itself is also linked into the unit tests and the fuzzers,
 * which have no catalog. */
struct probe_lookup {
    /* The probes that args select, in catalog order (all when nargs is 0);
     * an argument that selects nothing is a usage error. */
    const struct catalog_entry **(*select)(char **args, int nargs, int *count);
    int (*known)(const char *id);
};

/* What the command line asked for. */
struct run_options {
    int jobs;
    double timeout;
    const char *outdir, *target, *expect_path, *platforms, *probe_dir, *multicall;
    const char *emulated, *baseline, *exec_via;
    const char *formats_arg; /* -f as given, checked after the other options */
    unsigned formats;        /* bit i: report_formats[i] is written */
    int strict;
    uid_t drop_uid;
    gid_t drop_gid;
    struct progress progress;
    char **args; /* the probe IDs, areas and globs */
    int nargs;
};

/* Everything one run holds, from prepare to free. */
struct run_state {
    struct run_options opt;
    const struct catalog_entry **sel;
    struct run run;
    struct baseline *base;      /* NULL without --baseline */
    struct expect_set exp;      /* empty when no file applies */
    char *default_exp;          /* <platforms>/<os>.exp */
    struct exec_opts eo;
    char probe_dir[PATH_MAX], multicall[PATH_MAX], exec_via[PATH_MAX];
    char ids[64], tag[48];
    struct strbuf written;      /* " path path ..." of the reports */
};

int cmd_run(int argc, char **argv, const char *exe, const struct probe_lookup *lookup);

/* The steps; each dies with status 2 on bad input. */
void run_parse(struct run_options *opt, int argc, char **argv);
void run_prepare(struct run_state *st, const struct probe_lookup *lookup, const char *exe);

#endif
