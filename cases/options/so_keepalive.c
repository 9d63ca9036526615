/*
 * SO_KEEPALIVE on an AF_UNIX stream socket: is it accepted and stored?
 *
 * Keepalive probes mean nothing for a local socket; the question is whether
 * the generic option is refused or silently kept. Reports "set=R,get=N".
 *
 * Covers: OPT-01
 * linux: socket(7) SO_KEEPALIVE
 */
#include "probe.h"

#include <stdio.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    char set[32];
    snprintf(set, sizeof set, "%s", call_result(set_int_option(sv[0], SOL_SOCKET, SO_KEEPALIVE, 1)));
    int v;
    if (get_int_option(sv[0], SOL_SOCKET, SO_KEEPALIVE, &v) < 0)
        observe("set=%s,get=%s", set, errno_name(errno));
    observe("set=%s,get=%d", set, v != 0);
}
