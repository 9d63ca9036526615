/*
 * SO_PEERSEC on a socketpair() end: the peer's security label (ok), or
 * the errno when the LSM configuration offers none (ENOPROTOOPT).
 *
 * The buffer is NAME_MAX+1 bytes, as unix(7) recommends; ERANGE would
 * mean the label is longer.
 *
 * Covers: CRED-22, LIM-08
 * linux: unix(7) SO_PEERSEC (socket pairs since 4.18)
 */
#include "probe.h"

#include <limits.h>

void probe_main(void)
{
#if defined(__linux__) && defined(SO_PEERSEC)
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    char label[NAME_MAX + 1];
    socklen_t len = sizeof label;
    observe_call(getsockopt(sv[0], SOL_SOCKET, SO_PEERSEC, label, &len));
#else
    not_applicable("SO_PEERSEC is a Linux option");
#endif
}
