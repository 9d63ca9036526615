/*
 * Sending a descriptor number that is not open fails with EBADF.
 *
 * The number comes from dup() followed by close(), so it is known to be
 * closed. The value is sendmsg's result.
 *
 * Covers: RIGHTS-12, ERR-02
 * linux: unix(7) ERRORS EBADF
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_internalize
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_internalize
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    int bad = dup(sv[0]);
    CHECK(bad);
    close(bad);
    observe_call((int)send_fds(sv[0], &bad, 1, "x", 1));
}
