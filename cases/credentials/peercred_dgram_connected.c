/*
 * Peer credentials of a datagram socket connect()ed to a bound one (not a
 * socketpair): does connecting a datagram socket record credentials?
 *
 * unix(7) names only stream sockets and socket pairs; Linux reports the
 * no-peer values (pid 0, ids -1) here, FreeBSD and macOS refuse the query
 * on datagram sockets (EINVAL).
 *
 * Covers: CRED-04
 * linux: source-derived, net/unix/af_unix.c unix_dgram_connect (no peercred copy)
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_ctloutput LOCAL_PEERCRED
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_ctloutput LOCAL_PEERCRED
 */
#include "cred.h"

void probe_main(void)
{
#ifdef CRED_HAVE_PEER
    int srv = uds_bound(SOCK_DGRAM, "d");
    (void)srv;
    int s = uds_connect_to(SOCK_DGRAM, "d");
    struct cred_ids c;
    cred_peer(s, &c);
    observe("%s", cred_token(&c, 0));
#else
    not_applicable("no known peer-credential interface on this OS");
#endif
}
