/* exec.h - run probes in parallel, each isolated, and collect what they did. */
#ifndef UDSPROBE_EXEC_H
#define UDSPROBE_EXEC_H

#include <sys/types.h>

#include "result.h"

/* Captured output per stream is capped; the rest is counted and dropped. */
#define OUTPUT_CAP (64 * 1024)

struct exec_opts {
    int jobs;
    int timeout_ms;
    const char *probe_dir;  /* standalone probes: <probe_dir>/<id> */
    const char *multicall;  /* or one binary run as: <multicall> <id> */
    const char *exec_via;   /* or NULL: an emulator that runs the probe binary
                             * (qemu-user without binfmt_misc) */
    const char *tmpdir;     /* where scratch dirs are made */
    uid_t drop_uid;         /* identity for probes that need no root */
    gid_t drop_gid;
    const char *ids;        /* "uid:gid,uid:gid" for two-identity probes */
    const char *run_tag;    /* unique per run; probes derive names from it */
    /* What verdicts are decided against as each probe finishes: the
     * expectations (NULL: none apply) and the release (NULL: none known). */
    const struct expect_set *exp;
    const int *release;
    /* NULL, or called after each probe has its verdict (also for probes not
     * started because their needs cannot be met), to show it. */
    void (*progress)(const struct result *r, int done, int total, void *ctx);
    void *ctx;
};

/* Run results[0..n) (each with .probe set) and decide their verdicts.
 * Returns 0, or the signal (SIGINT, SIGTERM or SIGHUP) that stopped the
 * run: no probe starts after it, running ones have their process groups
 * killed and are reaped, and every probe without a result is then
 * V_NOT_RUN (result.stopped says whether it was killed while running or
 * never started). */
int exec_run(struct result *results, int n, const struct exec_opts *o);

#endif
