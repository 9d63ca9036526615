/*
 * getsockopt(SO_PEERPIDFD) on a socket that has no peer.
 *
 * SO_PEERPIDFD is Linux-only (6.5) and few libcs define it; the
 * asm-generic value 77 is used where the header lacks it, on architectures
 * that use asm-generic numbers. Kernels before 6.5 say ENOPROTOOPT; the
 * first versions said ESRCH where current ones say ENODATA.
 *
 * Covers: ERR-29
 * linux: source-derived, net/core/sock.c sk_getsockopt SO_PEERPIDFD
 */
#include "kconst.h"

void probe_main(void)
{
#if defined(__linux__) && defined(SO_PEERPIDFD)
    int s = uds_socket(SOCK_STREAM);
    int pidfd = -1;
    socklen_t len = sizeof pidfd;

    observe_call(getsockopt(s, SOL_SOCKET, SO_PEERPIDFD, &pidfd, &len));
#else
    not_applicable("SO_PEERPIDFD not known for this OS or architecture");
#endif
}
