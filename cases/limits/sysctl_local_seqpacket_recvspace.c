/*
 * The value of the sysctl net.local.seqpacket.recvspace (n/a where it does not exist).
 *
 * FreeBSD: the receive buffer of a unix seqpacket socket.
 *
 * Covers: SYSCTL-07
 * freebsd: unix(4) BUFFERING; value source-derived, sys/kern/uipc_usrreq.c unpsp_recvspace
 */
#include "sysctl.h"

void probe_main(void)
{
    observe_sysctl("net.local.seqpacket.recvspace");
}
