/*
 * Server credentials are captured at bind() or at listen()? A root server
 * binds, switches to identity A, then listens; the client reads the
 * server's uid.
 *
 * FreeBSD and macOS document listen(); NetBSD documents bind(). Linux
 * documents listen().
 *
 * Covers: CRED-02
 * linux: unix(7) SO_PEERCRED ("at the time of the call to ... listen(2)")
 * freebsd: unix(4) LOCAL_PEERCRED ("server credentials ... at listen(2)"); getpeereid(3)
 * darwin: unix(4) LOCAL_PEERCRED
 * netbsd: unix(4) LOCAL_PEEREID; getpeereid(3) ("at bind(2)")
 */
#include "cred.h"

#include <sys/stat.h>

static struct identity a, b;

static int server(void *arg)
{
    (void)arg;
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "l");
    int l = socket(AF_UNIX, SOCK_STREAM, 0);
    if (l < 0 || bind(l, (struct sockaddr *)&sa, len) < 0)
        return 1;
    if (become(&a) < 0)
        return 2;
    if (listen(l, 4) < 0)
        return 3;
    if (tell_parent_ready() < 0)
        return 4;
    int s = accept(l, NULL, NULL);
    if (s < 0)
        return 5;
    char c;
    (void)read(s, &c, 1); /* until the client closes */
    return 0;
}

void probe_main(void)
{
#ifdef CRED_HAVE_PEER
    require_two_identities(&a, &b);
    int ready;
    pid_t child = run_child_when_ready(server, NULL, WAIT_MS, &ready);
    if (!ready)
        setup_error("server", "the child did not bind, switch uid and listen");
    int s = uds_connect_to(SOCK_STREAM, "l");
    struct cred_ids c;
    cred_peer(s, &c);
    close(s);
    wait_child(child, WAIT_MS);
    if (c.err != 0)
        observe_errno(c.err);
    observe("uid=%s", c.uid == 0 ? "bind" : c.uid == a.uid ? "listen" : "other");
#else
    not_applicable("no known peer-credential interface on this OS");
#endif
}
