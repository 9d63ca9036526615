/*
 * socketpair() with a family number that no OS defines (250).
 *
 * Covers: ERR-27, STR-04
 * linux: socketpair(2) ERRORS EAFNOSUPPORT ("address family is not supported")
 * posix: socketpair() ERRORS EAFNOSUPPORT
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2];
    observe_call(socketpair(250, SOCK_STREAM, 0, sv));
}
