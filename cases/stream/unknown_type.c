/*
 * socket(AF_UNIX, SOCK_RDM, 0): a valid socket type that AF_UNIX does not
 * offer.
 *
 * (A type number beyond the kernel's table, such as 42, is refused by the
 * generic socket layer before AF_UNIX sees it; SOCK_RDM reaches AF_UNIX.)
 *
 * Covers: STR-03
 * linux: unix(7) ERRORS ESOCKTNOSUPPORT ("Unknown socket type")
 * freebsd: source-derived, sys/kern/uipc_socket.c socreate (pffindtype)
 * darwin: source-derived, bsd/kern/uipc_socket.c socreate
 * posix: socket() ERRORS EPROTOTYPE, EPROTONOSUPPORT
 */
#include "probe.h"

void probe_main(void)
{
#ifdef SOCK_RDM
    observe_call(socket(AF_UNIX, SOCK_RDM, 0));
#else
    not_applicable("SOCK_RDM not defined");
#endif
}
