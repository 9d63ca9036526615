/*
 * A client process connects and exits before the server accepts: the
 * accepted socket still reports the credentials captured at connect()
 * (the dead child's pid), not an error or empty ids.
 *
 * Covers: CRED-02, CRED-17
 * linux: unix(7) SO_PEERCRED (credentials "at the time of the call to connect(2)")
 * freebsd: unix(4) LOCAL_PEERCRED (client credentials cached at connect(2))
 * darwin: unix(4) LOCAL_PEERCRED
 */
#include "cred.h"

static int client(void *arg)
{
    (void)arg;
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "l");
    int s = socket(AF_UNIX, SOCK_STREAM, 0);
    if (s < 0 || connect(s, (struct sockaddr *)&sa, len) < 0)
        return 1;
    return 0; /* exits still connected: the connection waits in the backlog */
}

void probe_main(void)
{
#ifdef CRED_HAVE_PEER
    int l = uds_listener(SOCK_STREAM, "l", 4);
    pid_t child = run_child(client, NULL);
    if (wait_child(child, WAIT_MS) != 0)
        setup_error("client", "the child could not connect");
    int a = accept(l, NULL, NULL);
    CHECK(a);
    struct cred_ids c;
    cred_peer(a, &c);
    observe("%s", cred_token(&c, child));
#else
    not_applicable("no known peer-credential interface on this OS");
#endif
}
