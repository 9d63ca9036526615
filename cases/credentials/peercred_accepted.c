/*
 * The server reads the client's credentials on the accepted socket: the
 * pid is the connecting process (a child here), with its effective ids.
 *
 * Covers: CRED-01, CRED-02, CRED-06, SEQ-09
 * Types: stream, seqpacket
 * linux: unix(7) SO_PEERCRED ("the credentials ... at the time of the call to connect(2)")
 * freebsd: unix(4) LOCAL_PEERCRED
 * darwin: unix(4) LOCAL_PEERCRED
 * netbsd: unix(4) LOCAL_PEEREID
 */
#include "cred.h"

static int client(void *arg)
{
    (void)arg;
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "l");
    int s = socket(AF_UNIX, PROBE_TYPE, 0);
    if (s < 0 || connect(s, (struct sockaddr *)&sa, len) < 0)
        return 1;
    char b;
    (void)read(s, &b, 1); /* hold the connection until the server closes */
    return 0;
}

void probe_main(void)
{
#ifdef CRED_HAVE_PEER
    int l = uds_listener(PROBE_TYPE, "l", 4);
    pid_t child = run_child(client, NULL);
    int a = accept(l, NULL, NULL);
    CHECK(a);
    struct cred_ids c;
    cred_peer(a, &c);
    close(a);
    if (wait_child(child, WAIT_MS) != 0)
        setup_error("client", "the child could not connect");
    observe("%s", cred_token(&c, child));
#else
    not_applicable("no known peer-credential interface on this OS");
#endif
}
