/*
 * Peer-credential query on a socket that has no peer (never connected).
 *
 * unix(7) says the query is only possible on connected sockets, but the
 * Linux code never fails: it reports pid 0 and uid/gid -1. The BSDs fail,
 * with ENOTCONN on stream and EINVAL on dgram.
 *
 * Covers: CRED-04
 * Types: stream, dgram, seqpacket
 * linux: source-derived, net/core/sock.c sk_getsockopt SO_PEERCRED
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_ctloutput LOCAL_PEERCRED
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_ctloutput LOCAL_PEERCRED
 */
#include "cred.h"

void probe_main(void)
{
#ifdef CRED_HAVE_PEER
    int s = uds_socket(PROBE_TYPE);
    struct cred_ids c;
    cred_peer(s, &c);
    observe("%s", cred_token(&c, 0));
#else
    not_applicable("no known peer-credential interface on this OS");
#endif
}
