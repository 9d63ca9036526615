/*
 * multicall_main.c - the entry of the multi-call probe binary.
 *
 *     udsprobe-multi ID          run one probe
 *     udsprobe-multi --list      print every ID
 *     AREA/NAME                  run probe AREA/NAME: the binary started
 *                                through a link of that name
 *
 * The build links every probe into this one binary and makes
 * build/cases/AREA/NAME a symbolic link to it, so each probe still runs
 * alone, as its own process, by its own name. Targets that cannot carry
 * hundreds of files (a QEMU initramfs) use the binary itself, through the
 * runner's --multicall.
 */
#include "multicall.h"
#include "probe.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* The ID a link was started as: the last two components of argv[0]. A bare
 * "./NAME", run from inside the area's directory, takes AREA from there. */
static const char *link_id(const char *argv0, char *buf, size_t size)
{
    const char *name = strrchr(argv0, '/');
    if (name == NULL || (name - argv0 == 1 && argv0[0] == '.')) {
        char cwd[PATH_MAX];
        const char *area;
        if (getcwd(cwd, sizeof cwd) == NULL || (area = strrchr(cwd, '/')) == NULL)
            return argv0;
        snprintf(buf, size, "%s/%s", area + 1, name != NULL ? name + 1 : argv0);
        return buf;
    }
    const char *area = name;
    while (area > argv0 && area[-1] != '/')
        area--;
    return area;
}

int main(int argc, char **argv)
{
    char buf[PATH_MAX];
    const char *id = NULL;
    if (argc == 2 && strcmp(argv[1], "--list") == 0) {
        for (const struct multicall_entry *e = multicall_table; e->id; e++)
            puts(e->id);
        return 0;
    }
    if (argc == 2)
        id = argv[1];
    else if (argc == 1)
        id = link_id(argv[0], buf, sizeof buf);
    for (const struct multicall_entry *e = multicall_table; id != NULL && e->id; e++) {
        if (strcmp(e->id, id) == 0) {
            probe_start();
            e->run();
            setup_error("probe_main", "returned without reporting a result");
        }
    }
    if (id != NULL)
        fprintf(stderr, "%s: no probe '%s' in this binary\n", argv[0], id);
    if (id == NULL || argc == 1)
        fprintf(stderr, "usage: %s PROBE-ID | --list, or run through a link named AREA/NAME\n", argv[0]);
    return 2;
}
