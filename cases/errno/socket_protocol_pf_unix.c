/*
 * socket(AF_UNIX, SOCK_STREAM, PF_UNIX): is the family number accepted as
 * the protocol?
 *
 * Linux accepts protocol 0 and PF_UNIX (1); other values give
 * EPROTONOSUPPORT (see eprotonosupport_socket_protocol).
 *
 * Covers: STR-02, ERR-15
 * linux: source-derived, net/unix/af_unix.c unix_create
 */
#include "probe.h"

void probe_main(void)
{
    observe_call(socket(AF_UNIX, SOCK_STREAM, PF_UNIX));
}
