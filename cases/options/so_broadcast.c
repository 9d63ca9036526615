/*
 * SO_BROADCAST on an AF_UNIX datagram socket: is it accepted and stored?
 *
 * AF_UNIX has no broadcast addressing; the option is generic socket state.
 * Reports "set=R,get=N".
 *
 * Covers: ADDR-21
 * linux: socket(7) SO_BROADCAST
 * freebsd: unix(4) ADDRESSING (no broadcast addressing)
 */
#include "probe.h"

#include <stdio.h>

void probe_main(void)
{
    int s = uds_socket(SOCK_DGRAM);
    char set[32];
    snprintf(set, sizeof set, "%s", call_result(set_int_option(s, SOL_SOCKET, SO_BROADCAST, 1)));
    int v;
    if (get_int_option(s, SOL_SOCKET, SO_BROADCAST, &v) < 0)
        observe("set=%s,get=%s", set, errno_name(errno));
    observe("set=%s,get=%d", set, v != 0);
}
