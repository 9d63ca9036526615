/*
 * setsockopt(SO_SNDBUF, 1): the smallest send buffer the kernel will keep,
 * as getsockopt reports it afterwards.
 *
 * socket(7) gives 2048 as the minimum (doubled) value; the kernel's floor is
 * defined in terms of the size of its packet structures, so the number can
 * differ by kernel version and architecture.
 *
 * Covers: OPT-03
 * Types: stream, dgram
 * linux: socket(7) SO_SNDBUF ("minimum (doubled) value ... is 2048")
 */
#include "probe.h"

void probe_main(void)
{
    int s = uds_socket(PROBE_TYPE);
    if (set_int_option(s, SOL_SOCKET, SO_SNDBUF, 1) < 0)
        observe("set_%s", errno_name(errno));
    int v;
    if (get_int_option(s, SOL_SOCKET, SO_SNDBUF, &v) < 0)
        observe("get_%s", errno_name(errno));
    observe("%d", v);
}
