/*
 * One end of a socketpair after the other end called shutdown(SHUT_WR),
 * as select reports it.
 *
 * Only this end's read direction is shut; it can still send.
 * Asked with select() (zero timeout, the descriptor in the read and the write set).
 * The token is "read=yes|no,write=yes|no".
 *
 * Covers: SHUT-06, SHUT-01
 * Types: stream, seqpacket
 * linux: select(2) DESCRIPTION (readable: a read will not block; writable: a write will not block)
 * freebsd: source-derived, sys/kern/sys_generic.c selscan (select_flags), uipc_socket.c sopoll_generic
 * darwin: source-derived, bsd/kern/sys_socket.c soo_select
 * openbsd: source-derived, sys/kern/sys_generic.c selscan, uipc_socket.c / sys_socket.c soo_poll
 * netbsd: source-derived, sys/kern/sys_select.c selscan, uipc_socket.c sopoll
 */
#include "ready.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    CHECK(shutdown(sv[1], SHUT_WR));
    observe("%s", ready_select(sv[0]));
}
