/*
 * socket(AF_UNIX, 99, 0): a type number that is no socket type at all.
 *
 * unix(7) documents ESOCKTNOSUPPORT for an unknown type, but on Linux the
 * high bits of 99 are first checked as type flags (SOCK_NONBLOCK,
 * SOCK_CLOEXEC) by the generic socket layer, whose answer comes first.
 *
 * Covers: STR-03, ERR-17, ERR-06
 * linux: unix(7) ERRORS ESOCKTNOSUPPORT ("unknown socket type"); socket(2) ERRORS EINVAL ("invalid flags in type")
 * freebsd: source-derived, sys/kern/uipc_socket.c socreate
 * darwin: source-derived, bsd/kern/uipc_socket.c socreate
 * posix: socket() ERRORS EPROTOTYPE, EPROTONOSUPPORT
 */
#include "probe.h"

void probe_main(void)
{
    observe_call(socket(AF_UNIX, 99, 0));
}
