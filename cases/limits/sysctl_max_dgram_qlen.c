/*
 * The value of the sysctl net.unix.max_dgram_qlen (n/a where it does not exist).
 *
 * Linux: the most datagrams a receiver queues (the real name; the kernel
 * documentation calls it unix_dgram_qlen). It is per network namespace and
 * copied into each socket when it is created.
 *
 * Covers: SYSCTL-01, LIM-04, DGR-07
 * linux: Documentation/admin-guide/sysctl/net.rst /proc/sys/net/unix; default source-derived, net/unix/af_unix.c unix_net_init
 */
#include "sysctl.h"

void probe_main(void)
{
    observe_sysctl("net.unix.max_dgram_qlen");
}
