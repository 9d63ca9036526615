/*
 * procnet.h - the /proc/net/unix row of one socket, found by the inode of
 * its descriptor (fstat st_ino). Linux only; shared by cases/introspect/.
 *
 * procnet_row(fd): "flags=F,type=T,st=S,path=none|at|name" from the row
 * whose Inode column equals fd's st_ino (the hex columns as printed; path:
 * none when the row has no path, "at" for a '@' abstract name, "name"
 * otherwise), or "listed=no" when no row has that inode. n/a off Linux or
 * when the file cannot be read. Never an inode number or a path.
 */
#ifndef UDSPROBE_INTROSPECT_PROCNET_H
#define UDSPROBE_INTROSPECT_PROCNET_H

#include "probe.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

static inline const char *procnet_row(int fd)
{
#ifdef __linux__
    static char token[96];
    struct stat st;
    CHECK(fstat(fd, &st));
    FILE *f = fopen("/proc/net/unix", "r");
    if (f == NULL)
        not_applicable("/proc/net/unix: %s", errno_name(errno));
    char line[512];
    snprintf(token, sizeof token, "listed=no");
    while (fgets(line, sizeof line, f) != NULL) {
        char flags[16], type[8], state[8], path[300] = "";
        unsigned long long ino;
        /* Num: RefCount Protocol Flags Type St Inode [Path] */
        if (sscanf(line, "%*s %*s %*s %15s %7s %7s %llu %299s", flags, type, state, &ino,
                   path) < 4)
            continue;
        if (ino != (unsigned long long)st.st_ino)
            continue;
        snprintf(token, sizeof token, "flags=%s,type=%s,st=%s,path=%s", flags, type, state,
                 path[0] == '\0' ? "none" : path[0] == '@' ? "at" : "name");
        break;
    }
    fclose(f);
    return token;
#else
    (void)fd;
    not_applicable("no /proc/net/unix (Linux only)");
#endif
}

#endif
