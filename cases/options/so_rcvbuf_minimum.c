/*
 * setsockopt(SO_RCVBUF, 1): the smallest receive buffer the kernel will keep,
 * as getsockopt reports it afterwards.
 *
 * socket(7) gives 256 as the minimum (doubled) value; the kernel's floor is
 * defined in terms of the size of its packet structures, so the number can
 * differ by kernel version and architecture.
 *
 * Covers: OPT-03
 * Types: stream, dgram
 * linux: socket(7) SO_RCVBUF ("minimum (doubled) value ... is 256")
 */
#include "probe.h"

void probe_main(void)
{
    int s = uds_socket(PROBE_TYPE);
    if (set_int_option(s, SOL_SOCKET, SO_RCVBUF, 1) < 0)
        observe("set_%s", errno_name(errno));
    int v;
    if (get_int_option(s, SOL_SOCKET, SO_RCVBUF, &v) < 0)
        observe("get_%s", errno_name(errno));
    observe("%d", v);
}
