/*
 * socket(AF_UNIX, SOCK_RDM, 0): a socket type the system knows but the
 * local domain does not offer.
 *
 * Linux documents ESOCKTNOSUPPORT; the BSD sources answer EPROTOTYPE or
 * EPROTONOSUPPORT, as POSIX allows. (A number outside the type range is a
 * different case: see socket_type_99.)
 *
 * Covers: STR-03, ERR-17
 * linux: unix(7) ERRORS ESOCKTNOSUPPORT ("unknown socket type")
 * freebsd: source-derived, sys/kern/uipc_socket.c socreate
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
