/*
 * Which of the read-only garbage-collector statistics net.local.deferred,
 * net.local.recycled, net.local.taskcount and net.local.sockcount exist?
 *
 * Their values change with the system's activity, so the value is the list
 * of those that can be read, in that fixed order, joined by commas; n/a
 * when none of them exists (Linux, macOS).
 *
 * Covers: SYSCTL-09
 * freebsd: source-derived, sys/kern/uipc_usrreq.c (SYSCTL_INT net.local.deferred, recycled, taskcount, sockcount)
 */
#include "sysctl.h"

#include <stdio.h>
#include <string.h>

void probe_main(void)
{
    static const char *const names[] = { "deferred", "recycled", "taskcount", "sockcount" };
    char found[64] = "";
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        char name[64];
        long v;
        snprintf(name, sizeof name, "net.local.%s", names[i]);
        if (read_sysctl(name, &v) < 0 && errno == ENOENT)
            continue;
        if (found[0] != '\0')
            strcat(found, ",");
        strcat(found, names[i]);
    }
    if (found[0] == '\0')
        not_applicable("none of net.local.{deferred,recycled,taskcount,sockcount} exists");
    observe("%s", found);
}
