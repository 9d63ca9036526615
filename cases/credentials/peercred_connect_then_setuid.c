/*
 * A root client connects and only then changes its uid: the server still
 * sees the uid the client had at connect() time.
 *
 * uid=before (root, at connect) or uid=after (the identity the client
 * switched to before the server asked).
 *
 * Covers: CRED-02
 * linux: unix(7) SO_PEERCRED ("at the time of the call to connect(2)")
 * freebsd: unix(4) LOCAL_PEERCRED (cached at connect(2))
 * darwin: unix(4) LOCAL_PEERCRED
 * netbsd: unix(4) LOCAL_PEEREID (at connect(2))
 */
#include "cred.h"


static struct identity a, b;

static int client(void *arg)
{
    (void)arg;
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "l");
    int s = socket(AF_UNIX, SOCK_STREAM, 0);
    if (s < 0 || connect(s, (struct sockaddr *)&sa, len) < 0)
        return 1;
    if (become(&a) < 0)
        return 2;
    if (tell_parent_ready() < 0)
        return 3;
    char c;
    (void)read(s, &c, 1); /* until the server closes */
    return 0;
}

void probe_main(void)
{
#ifdef CRED_HAVE_PEER
    require_two_identities(&a, &b);
    int l = uds_listener(SOCK_STREAM, "l", 4);
    int ready;
    pid_t child = run_child_when_ready(client, NULL, WAIT_MS, &ready);
    if (!ready)
        setup_error("client", "the child did not connect and switch uid");
    struct cred_ids c;
    cred_of_accepted(l, child, &c);
    if (c.err != 0)
        observe_errno(c.err);
    observe("uid=%s", c.uid == 0 ? "before" : c.uid == a.uid ? "after" : "other");
#else
    not_applicable("no known peer-credential interface on this OS");
#endif
}
