/*
 * One end of a socketpair after the other end was closed: readable, writable,
 * as select reports it.
 *
 * The other end is closed with nothing queued. A stream end at end-of-file is
 * expected to be readable (read returns 0).
 * Asked with select() (zero timeout, the descriptor in the read and the write set).
 * The token is "read=yes|no,write=yes|no".
 *
 * Covers: SHUT-06, STR-16
 * Types: stream, dgram, seqpacket
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
    CHECK(close(sv[1]));
    observe("%s", ready_select(sv[0]));
}
