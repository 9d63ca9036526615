/*
 * getsockopt(SO_PEERGROUPS) on a socket that has no peer.
 *
 * SO_PEERGROUPS is Linux-only (4.13); an unconnected socket has no peer
 * credentials to give.
 *
 * Covers: ERR-29
 * linux: source-derived, net/core/sock.c sk_getsockopt SO_PEERGROUPS
 */
#include "probe.h"

void probe_main(void)
{
#ifdef SO_PEERGROUPS
    int s = uds_socket(SOCK_STREAM);
    gid_t groups[64];
    socklen_t len = sizeof groups;

    observe_call(getsockopt(s, SOL_SOCKET, SO_PEERGROUPS, groups, &len));
#else
    not_applicable("SO_PEERGROUPS not defined");
#endif
}
