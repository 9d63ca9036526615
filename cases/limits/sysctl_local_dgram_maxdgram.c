/*
 * The value of the sysctl net.local.dgram.maxdgram (n/a where it does not exist).
 *
 * FreeBSD and macOS: the largest datagram a unix datagram socket sends.
 *
 * Covers: SYSCTL-05, DGR-06
 * freebsd: unix(4) BUFFERING; value source-derived, sys/kern/uipc_usrreq.c unpdg_maxdgram
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unpdg_sendspace
 */
#include "sysctl.h"

void probe_main(void)
{
    observe_sysctl("net.local.dgram.maxdgram");
}
