/*
 * A root process creates a socket, changes its uid, then connects: does
 * the server see the uid at socket() time or at connect() time?
 *
 * uid=creation (root) or uid=connect (the identity switched to).
 *
 * Covers: CRED-02
 * linux: unix(7) SO_PEERCRED ("at the time of the call to connect(2)")
 * freebsd: unix(4) LOCAL_PEERCRED (cached at connect(2))
 * darwin: unix(4) LOCAL_PEERCRED
 * netbsd: unix(4) LOCAL_PEEREID (at connect(2))
 */
#include "cred.h"

#include <sys/stat.h>

static struct identity a, b;

static int client(void *arg)
{
    (void)arg;
    int s = socket(AF_UNIX, SOCK_STREAM, 0);
    if (s < 0 || become(&a) < 0)
        return 1;
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "l");
    if (connect(s, (struct sockaddr *)&sa, len) < 0)
        return 2;
    char c;
    (void)read(s, &c, 1); /* until the server closes */
    return 0;
}

void probe_main(void)
{
#ifdef CRED_HAVE_PEER
    require_two_identities(&a, &b);
    enter_shared_dir("d");
    int l = uds_listener(SOCK_STREAM, "l", 4);
    CHECK(chmod("l", 0777));
    pid_t child = run_child(client, NULL);
    struct cred_ids c;
    if (cred_of_accepted(l, child, &c) != 0)
        setup_error("client", "the child could not switch uid or connect");
    if (c.err != 0)
        observe_errno(c.err);
    observe("uid=%s", c.uid == 0 ? "creation" : c.uid == a.uid ? "connect" : "other");
#else
    not_applicable("no known peer-credential interface on this OS");
#endif
}
