/*
 * getsockopt(SO_PASSCRED) on a fresh socket: off (0) by default?
 *
 * Covers: OPT-17, CRED-11
 * Types: stream, dgram
 * linux: unix(7) SO_PASSCRED
 */
#include "probe.h"

void probe_main(void)
{
#ifdef SO_PASSCRED
    int s = uds_socket(PROBE_TYPE);
    int v;
    if (get_int_option(s, SOL_SOCKET, SO_PASSCRED, &v) < 0)
        observe_errno(errno);
    observe("%d", v);
#else
    not_applicable("SO_PASSCRED not defined");
#endif
}
