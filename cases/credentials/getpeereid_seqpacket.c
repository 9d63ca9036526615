/*
 * getpeereid() on an accepted SOCK_SEQPACKET connection: does it work (ids
 * of this process, the client), or is it limited to SOCK_STREAM as
 * FreeBSD's page says?
 *
 * getpeereid() is a BSD/macOS function (not in glibc); elsewhere n/a.
 *
 * Covers: CRED-08, SEQ-09
 * freebsd: getpeereid(3) ("must be ... SOCK_STREAM"); unix(4) LOCAL_PEERCRED (STREAM or SEQPACKET)
 * openbsd: getpeereid(3) (SOCK_STREAM or SOCK_SEQPACKET)
 * netbsd: unix(4) LOCAL_PEEREID (STREAM or SEQPACKET)
 */
#include "probe.h"

void probe_main(void)
{
#if defined(__FreeBSD__) || defined(__APPLE__) || defined(__OpenBSD__) || \
    defined(__NetBSD__) || defined(__DragonFly__)
    int c, s;
    uds_connected_pair(SOCK_SEQPACKET, "l", &c, &s);
    uid_t u;
    gid_t g;
    if (getpeereid(s, &u, &g) < 0)
        observe_errno(errno);
    observe("uid=%s,gid=%s", u == geteuid() ? "self" : "other", g == getegid() ? "self" : "other");
#else
    not_applicable("getpeereid() is not offered by this OS's libc");
#endif
}
