/*
 * The value of the sysctl net.local.stream.sendspace (n/a where it does not exist).
 *
 * FreeBSD and macOS: the default send buffer of a unix stream socket.
 *
 * Covers: SYSCTL-04, STR-24
 * freebsd: unix(4) BUFFERING; value source-derived, sys/kern/uipc_usrreq.c unpst_sendspace
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unpst_sendspace
 */
#include "sysctl.h"

void probe_main(void)
{
    observe_sysctl("net.local.stream.sendspace");
}
