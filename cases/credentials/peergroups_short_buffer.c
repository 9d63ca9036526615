/*
 * SO_PEERGROUPS into a buffer with room for no group, from a peer that
 * has at least one: ERANGE, with the needed length returned in optlen?
 *
 * Run as root the probe first gives itself two supplementary groups (in a
 * child that makes the pair); unprivileged it needs at least one group
 * already, else n/a. Reports ERRNO,len=needed|other.
 *
 * Covers: CRED-20
 * linux: source-derived, net/core/sock.c sk_getsockopt SO_PEERGROUPS (-ERANGE)
 */
#include "cred.h"

#include <grp.h>

void probe_main(void)
{
#if defined(__linux__) && defined(SO_PEERGROUPS)
    if (is_root()) {
        gid_t g[2] = { 1, 2 };
        CHECK(setgroups(2, g));
    }
    int n = getgroups(0, NULL);
    CHECK(n);
    if (n == 0)
        not_applicable("the process has no supplementary group");
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    gid_t one;
    socklen_t len = 0;
    int rc = getsockopt(sv[0], SOL_SOCKET, SO_PEERGROUPS, &one, &len);
    if (rc == 0)
        observe("ok,len=%u", (unsigned)len);
    observe("%s,len=%s", errno_name(errno), len == (socklen_t)n * sizeof(gid_t) ? "needed" : "other");
#else
    not_applicable("SO_PEERGROUPS is a Linux option");
#endif
}
