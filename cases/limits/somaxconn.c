/*
 * The value of SOMAXCONN as compiled from <sys/socket.h>.
 *
 * A header constant, not the kernel's limit (Linux caps the backlog with
 * net.core.somaxconn, FreeBSD with kern.ipc.soacceptqueue). glibc defines
 * 4096 since 2.35 (earlier 128), musl 128, the BSDs and macOS 128.
 *
 * Covers: LIM-06
 * freebsd: source-derived, sys/sys/socket.h SOMAXCONN
 * darwin: source-derived, bsd/sys/socket.h SOMAXCONN
 * posix: <sys/socket.h> SOMAXCONN (the maximum backlog queue length)
 */
#include "probe.h"

void probe_main(void)
{
#ifdef SOMAXCONN
    observe("%d", (int)SOMAXCONN);
#else
    not_applicable("SOMAXCONN not defined");
#endif
}
