/*
 * The client reads the server's credentials on its connected socket: the
 * pid is the process that called listen() (a child here).
 *
 * Covers: CRED-01, CRED-02, CRED-06, SEQ-09
 * Types: stream, seqpacket
 * linux: unix(7) SO_PEERCRED ("the credentials ... at the time of the call to ... listen(2)")
 * freebsd: unix(4) LOCAL_PEERCRED
 * darwin: unix(4) LOCAL_PEERCRED
 * netbsd: unix(4) LOCAL_PEEREID
 */
#include "cred.h"



static int server(void *arg)
{
    (void)arg;
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "l");
    int l = socket(AF_UNIX, PROBE_TYPE, 0);
    if (l < 0 || bind(l, (struct sockaddr *)&sa, len) < 0 || listen(l, 4) < 0)
        return 1;
    if (tell_parent_ready() < 0)
        return 2;
    int a = accept(l, NULL, NULL);
    if (a < 0)
        return 3;
    char b;
    (void)read(a, &b, 1); /* until the client closes */
    return 0;
}

void probe_main(void)
{
#ifdef CRED_HAVE_PEER
    int ready;
    pid_t child = run_child_when_ready(server, NULL, WAIT_MS, &ready);
    if (!ready)
        setup_error("server", "the child did not listen");
    int s = uds_connect_to(PROBE_TYPE, "l");
    struct cred_ids c;
    cred_peer(s, &c);
    close(s);
    if (wait_child(child, WAIT_MS) != 0)
        setup_error("server", "the child failed");
    observe("%s", cred_token(&c, child));
#else
    not_applicable("no known peer-credential interface on this OS");
#endif
}
