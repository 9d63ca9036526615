/* spawn.h - the child side of starting a probe: everything between fork
 * and exec. */
#ifndef UDSPROBE_SPAWN_H
#define UDSPROBE_SPAWN_H

#include "exec.h"
#include "util.h"

struct spawn {
    const char *id;      /* the probe's catalog ID */
    const char *scratch; /* its scratch dir, already made */
    const char *tag;     /* UDSPROBE_TAG: unique to this probe in this run */
    int out_fd, err_fd;  /* where its stdout and stderr go */
    int drop;            /* drop to o->drop_uid:o->drop_gid first */
};

/* In the child after fork: isolate it (own process group, default signal
 * dispositions, no core dumps, no inherited descriptors, stdin on
 * /dev/null, cwd and TMPDIR its scratch dir) and exec the probe. A step
 * that fails is reported on stdout as the protocol's "error WHERE ERRNO". */
NORETURN void spawn_probe(const struct spawn *sp, const struct exec_opts *o);

#endif
