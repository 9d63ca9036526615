/*
 * The value of the sysctl net.local.dgram.recvspace (n/a where it does not exist).
 *
 * FreeBSD and macOS: the receive buffer, in bytes, of a unix datagram socket.
 *
 * Covers: SYSCTL-06, DGR-07, LIM-04
 * freebsd: unix(4) BUFFERING; value source-derived, sys/kern/uipc_usrreq.c unpdg_recvspace
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unpdg_recvspace
 */
#include "sysctl.h"

void probe_main(void)
{
    observe_sysctl("net.local.dgram.recvspace");
}
