/*
 * socket(AF_UNIX, SOCK_RAW, 0): refused, or accepted as some other type?
 *
 * Linux accepts it and makes a datagram socket; the BSDs refuse it.
 * Reports "type=NAME" from SO_TYPE when the call succeeds, else the errno.
 *
 * Covers: OPT-09, STR-03
 * linux: unix(7) (lists three types; ESOCKTNOSUPPORT); source-derived, net/unix/af_unix.c unix_create
 * freebsd: source-derived, sys/kern/uipc_socket.c socreate
 * darwin: source-derived, bsd/kern/uipc_socket.c socreate
 */
#include "probe.h"

void probe_main(void)
{
    int s = socket(AF_UNIX, SOCK_RAW, 0);
    if (s < 0)
        observe_errno(errno);
    int type;
    if (get_int_option(s, SOL_SOCKET, SO_TYPE, &type) < 0)
        observe("type_%s", errno_name(errno));
    observe("type=%s", socktype_name(type));
}
