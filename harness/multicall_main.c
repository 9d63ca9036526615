/*
 * multicall_main.c - the entry of the multi-call probe binary.
 *
 *     udsprobe-multi ID          run one probe
 *     udsprobe-multi --list      print every ID
 *
 * For targets that cannot carry hundreds of executables (a QEMU initramfs).
 * The runner uses it with --multicall.
 */
#include "multicall.h"
#include "probe.h"

#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "--list") == 0) {
        for (const struct multicall_entry *e = multicall_table; e->id; e++)
            puts(e->id);
        return 0;
    }
    if (argc != 2) {
        fprintf(stderr, "usage: %s PROBE-ID | --list\n", argv[0]);
        return 2;
    }
    for (const struct multicall_entry *e = multicall_table; e->id; e++) {
        if (strcmp(e->id, argv[1]) == 0) {
            probe_start();
            e->run();
            setup_error("probe_main", "returned without reporting a result");
        }
    }
    fprintf(stderr, "%s: no probe '%s' in this binary\n", argv[0], argv[1]);
    return 2;
}
