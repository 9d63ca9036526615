/*
 * socket(AF_UNIX, type, 99): a protocol number that AF_UNIX does not know.
 *
 * Covers: STR-02, ERR-15
 * linux: unix(7) ERRORS EPROTONOSUPPORT ("passed protocol is not AF_UNIX")
 * posix: socket() ERRORS EPROTONOSUPPORT
 * Types: stream, dgram, seqpacket
 */
#include "probe.h"

void probe_main(void)
{
    observe_call(socket(AF_UNIX, PROBE_TYPE, 99));
}
