/*
 * getsockopt(SO_PASSSEC) on a fresh socket: off (0) by default?
 *
 * Covers: CRED-22, OPT-17
 * Types: stream, dgram
 * linux: unix(7) SO_PASSSEC
 */
#include "probe.h"

void probe_main(void)
{
#if defined(__linux__) && defined(SO_PASSSEC)
    int s = uds_socket(PROBE_TYPE);
    int v = -1;
    if (get_int_option(s, SOL_SOCKET, SO_PASSSEC, &v) < 0)
        observe_errno(errno);
    observe("%d", v);
#else
    not_applicable("SO_PASSSEC is a Linux option");
#endif
}
