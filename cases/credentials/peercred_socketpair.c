/*
 * Peer credentials of a socketpair() end: the creating process's own
 * pid, effective uid and effective gid?
 *
 * Both ends are made by this process, so "self" is the only right answer
 * where pairs carry credentials; the BSDs fill them for some types only.
 * Read through the OS's own interface (SO_PEERCRED, LOCAL_PEERCRED,
 * LOCAL_PEEREID, ...).
 *
 * Covers: CRED-24, CRED-01, CRED-04, SEQ-09
 * Types: stream, dgram, seqpacket
 * linux: unix(7) SO_PEERCRED ("socket pairs created using socketpair(2)")
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_connect2 / uipc_ctloutput
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_connect2 / uipc_ctloutput
 */
#include "cred.h"

void probe_main(void)
{
#ifdef CRED_HAVE_PEER
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    struct cred_ids c;
    cred_peer(sv[0], &c);
    observe("%s", cred_token(&c, 0));
#else
    not_applicable("no known peer-credential interface on this OS");
#endif
}
