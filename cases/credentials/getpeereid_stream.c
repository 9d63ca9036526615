/*
 * getpeereid() on an accepted SOCK_STREAM connection from a child of the
 * same identity: the peer's effective uid and gid.
 *
 * Covers: CRED-08, CRED-03
 * freebsd: getpeereid(3)
 * darwin: getpeereid(3)
 * openbsd: getpeereid(3)
 * netbsd: getpeereid(3)
 */
#include "probe.h"

void probe_main(void)
{
#if defined(__FreeBSD__) || defined(__APPLE__) || defined(__OpenBSD__) || \
    defined(__NetBSD__) || defined(__DragonFly__)
    int c, s;
    uds_connected_pair(SOCK_STREAM, "l", &c, &s);
    uid_t u;
    gid_t g;
    if (getpeereid(s, &u, &g) < 0)
        observe_errno(errno);
    observe("uid=%s,gid=%s", u == geteuid() ? "self" : "other", g == getegid() ? "self" : "other");
#else
    not_applicable("getpeereid() is not offered by this OS's libc");
#endif
}
