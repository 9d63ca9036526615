/*
 * SO_PEERPIDFD on a socketpair() end: a pidfd for this process
 * (pidfd=self), or ENOPROTOOPT before Linux 6.5.
 *
 * Covers: CRED-21, CRED-24
 * linux: source-derived, net/core/sock.c sk_getsockopt SO_PEERPIDFD
 */
#include "cred.h"

void probe_main(void)
{
#if defined(__linux__) && defined(SO_PEERPIDFD)
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    int pidfd = -1;
    socklen_t len = sizeof pidfd;
    if (getsockopt(sv[0], SOL_SOCKET, SO_PEERPIDFD, &pidfd, &len) < 0)
        observe_errno(errno);
    pid_t p = cred_pidfd_pid(pidfd);
    observe("pidfd=%s", p == getpid() ? "self" : p == -1 ? "unknown" : "other");
#else
    not_applicable("SO_PEERPIDFD not known for this OS or architecture");
#endif
}
