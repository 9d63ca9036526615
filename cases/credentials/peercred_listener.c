/*
 * Peer-credential query on a listening socket, which has no peer.
 *
 * Linux stores the listener's own credentials at listen() (the ones
 * connecting clients will see) and reports them here; the BSDs keep them
 * apart and report an error.
 *
 * Covers: CRED-04, CRED-02
 * linux: source-derived, net/unix/af_unix.c unix_listen (init_peercred)
 */
#include "cred.h"

void probe_main(void)
{
#ifdef CRED_HAVE_PEER
    int l = uds_listener(SOCK_STREAM, "l", 4);
    struct cred_ids c;
    cred_peer(l, &c);
    observe("%s", cred_token(&c, 0));
#else
    not_applicable("no known peer-credential interface on this OS");
#endif
}
