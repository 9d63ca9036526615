/*
 * getsockopt(SO_TYPE) returns the type the socket was made with.
 *
 * The value is reported by name (stream, dgram, seqpacket), or type_N for
 * a number that is none of them.
 *
 * Covers: OPT-09
 * Types: stream, dgram, seqpacket
 * linux: socket(7) SO_TYPE
 */
#include "probe.h"

void probe_main(void)
{
    int s = uds_socket(PROBE_TYPE);
    int type;
    if (get_int_option(s, SOL_SOCKET, SO_TYPE, &type) < 0)
        observe_errno(errno);
    observe("%s", socktype_name(type));
}
