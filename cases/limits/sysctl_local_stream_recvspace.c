/*
 * The value of the sysctl net.local.stream.recvspace (n/a where it does not exist).
 *
 * FreeBSD and macOS: the default receive buffer of a unix stream socket.
 *
 * Covers: SYSCTL-04, STR-24
 * freebsd: unix(4) BUFFERING; value source-derived, sys/kern/uipc_usrreq.c unpst_recvspace
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unpst_recvspace
 */
#include "sysctl.h"

void probe_main(void)
{
    observe_sysctl("net.local.stream.recvspace");
}
