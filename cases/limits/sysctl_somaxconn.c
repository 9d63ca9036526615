/*
 * The kernel's live cap on listen() backlogs, as its sysctl reads.
 *
 * The SOMAXCONN header constant (limits/somaxconn) is only what programs are
 * compiled with; the kernel caps every backlog with its own tunable:
 * net.core.somaxconn on Linux (per network namespace, 4096 since 5.4),
 * kern.ipc.soacceptqueue on FreeBSD (kern.ipc.somaxconn is its old name),
 * kern.ipc.somaxconn on macOS, kern.somaxconn on OpenBSD. The value is the sysctl in decimal; n/a where
 * none of them exists.
 *
 * Covers: LIM-06
 * linux: source-derived, net/core/sysctl_net_core.c somaxconn, net/core/net_namespace.c (SOMAXCONN default)
 * freebsd: source-derived, sys/kern/uipc_socket.c kern.ipc.soacceptqueue
 * darwin: source-derived, bsd/kern/uipc_socket2.c kern.ipc.somaxconn
 */
#include "sysctl.h"

void probe_main(void)
{
#if defined(__linux__)
    observe_sysctl("net.core.somaxconn");
#elif defined(__FreeBSD__)
    observe_sysctl("kern.ipc.soacceptqueue");
#elif defined(__OpenBSD__)
    observe_sysctl("kern.somaxconn");
#else
    observe_sysctl("kern.ipc.somaxconn");
#endif
}
