/*
 * SO_PEERGROUPS on a socketpair() end: the peer's supplementary groups,
 * compared with this process's getgroups(): groups=match, or the count
 * relation when they differ, or the errno (ENOPROTOOPT before 4.13).
 *
 * Covers: CRED-20
 * linux: source-derived, net/core/sock.c sk_getsockopt SO_PEERGROUPS
 */
#include "cred.h"

#include <stdlib.h>
#include <string.h>

#if defined(__linux__) && defined(SO_PEERGROUPS)
static int cmp_gid(const void *a, const void *b)
{
    gid_t x = *(const gid_t *)a, y = *(const gid_t *)b;
    return x < y ? -1 : x > y;
}
#endif

void probe_main(void)
{
#if defined(__linux__) && defined(SO_PEERGROUPS)
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    gid_t peer[256], mine[256];
    socklen_t len = sizeof peer;
    if (getsockopt(sv[0], SOL_SOCKET, SO_PEERGROUPS, peer, &len) < 0)
        observe_errno(errno);
    int np = (int)(len / sizeof(gid_t));
    int nm = getgroups(256, mine);
    CHECK(nm);
    qsort(peer, (size_t)np, sizeof(gid_t), cmp_gid);
    qsort(mine, (size_t)nm, sizeof(gid_t), cmp_gid);
    if (np == nm && memcmp(peer, mine, (size_t)np * sizeof(gid_t)) == 0)
        observe("groups=match");
    observe("groups=%s", np < nm ? "fewer" : np > nm ? "more" : "different");
#else
    not_applicable("SO_PEERGROUPS is a Linux option");
#endif
}
