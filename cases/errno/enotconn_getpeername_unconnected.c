/*
 * getpeername() on a socket that was never connected.
 *
 * Covers: ERR-11
 * posix: getpeername() ERRORS ENOTCONN
 * Types: stream, dgram, seqpacket
 */
#include "probe.h"

void probe_main(void)
{
    int s = uds_socket(PROBE_TYPE);

    struct sockaddr_un sa;
    socklen_t len = sizeof sa;
    observe_call(getpeername(s, (struct sockaddr *)&sa, &len));
}
