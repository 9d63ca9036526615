/*
 * socket(AF_UNIX, SOCK_STREAM, 7): a protocol number that is neither 0 nor
 * PF_UNIX.
 *
 * Covers: STR-02
 * linux: unix(7) ERRORS EPROTONOSUPPORT ("passed protocol is not AF_UNIX")
 * posix: socket() ERRORS EPROTONOSUPPORT
 */
#include "probe.h"

void probe_main(void)
{
    observe_call(socket(AF_UNIX, SOCK_STREAM, 7));
}
