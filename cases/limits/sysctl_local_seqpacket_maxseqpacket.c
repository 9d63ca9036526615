/*
 * The value of the sysctl net.local.seqpacket.maxseqpacket (n/a where it does not exist).
 *
 * FreeBSD: the largest record a unix seqpacket socket sends.
 *
 * Covers: SYSCTL-07
 * freebsd: unix(4) BUFFERING; value source-derived, sys/kern/uipc_usrreq.c unpsp_sendspace
 */
#include "sysctl.h"

void probe_main(void)
{
    observe_sysctl("net.local.seqpacket.maxseqpacket");
}
