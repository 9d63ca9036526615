/*
 * The server's credentials belong to the process that called listen(),
 * not to the one that accepts: this process listens and then connects as
 * the client, a forked child accepts, and the client reads the server
 * side's pid.
 *
 * pid=self: captured at listen() (this process); pid=child: captured at
 * accept() by the accepting child.
 *
 * Covers: CRED-02
 * linux: unix(7) SO_PEERCRED ("at the time of the call to ... listen(2)")
 * freebsd: unix(4) LOCAL_PEERCRED ("server credentials ... at listen(2)")
 * darwin: unix(4) LOCAL_PEERCRED
 */
#include "cred.h"

static int l;

static int acceptor(void *arg)
{
    (void)arg;
    int a = accept(l, NULL, NULL);
    if (a < 0)
        return 1;
    char b;
    (void)read(a, &b, 1); /* until the client closes */
    return 0;
}

void probe_main(void)
{
#ifdef CRED_HAVE_PEER
    l = uds_listener(SOCK_STREAM, "l", 4);
    pid_t child = run_child(acceptor, NULL);
    int s = uds_connect_to(SOCK_STREAM, "l");
    struct cred_ids c;
    cred_peer(s, &c);
    close(s);
    if (wait_child(child, WAIT_MS) != 0)
        setup_error("acceptor", "the child did not accept");
    observe("%s", cred_token(&c, child));
#else
    not_applicable("no known peer-credential interface on this OS");
#endif
}
