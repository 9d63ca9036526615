/*
 * Are the peer credentials the client's effective ids or its real ids?
 *
 * Run as root: a child sets real uid/gid to identity A and effective
 * uid/gid to identity B (setreuid/setregid), then connects; the server
 * reads the client's uid and gid: effective (B), real (A) or other.
 *
 * Covers: CRED-03
 * linux: source-derived, net/unix/af_unix.c init_peercred (current_euid_egid)
 * freebsd: unix(4) LOCAL_PEERCRED (effective credentials); getpeereid(3)
 * darwin: unix(4) LOCAL_PEERCRED ("effective credentials")
 * netbsd: unix(4) LOCAL_PEEREID (effective ids)
 */
#include "cred.h"

#include <grp.h>
#include <sys/stat.h>

static struct identity a, b;

static int client(void *arg)
{
    (void)arg;
    if (setgroups(0, NULL) < 0 || setregid(a.gid, b.gid) < 0 || setreuid(a.uid, b.uid) < 0)
        return 1;
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "l");
    int s = socket(AF_UNIX, SOCK_STREAM, 0);
    if (s < 0 || connect(s, (struct sockaddr *)&sa, len) < 0)
        return 2;
    char c;
    (void)read(s, &c, 1); /* until the server closes */
    return 0;
}

static const char *which(long long v, long long eff, long long real)
{
    return v == eff ? "effective" : v == real ? "real" : "other";
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
        setup_error("client", "the child could not switch ids or connect");
    if (c.err != 0)
        observe_errno(c.err);
    observe("uid=%s,gid=%s", which(c.uid, b.uid, a.uid), which(c.gid, b.gid, a.gid));
#else
    not_applicable("no known peer-credential interface on this OS");
#endif
}
