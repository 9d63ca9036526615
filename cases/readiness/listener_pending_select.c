/*
 * A listening socket with one connection waiting to be accepted,
 * as select reports it.
 *
 * A pending connection is expected to make the listener readable;
 * ready_pending_listener() waits (poll, bounded) for it to be there.
 * Asked with select() (zero timeout, the descriptor in the read and the write set).
 * The token is "read=yes|no,write=yes|no".
 *
 * Covers: SHUT-06, STR-14
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
    observe("%s", ready_select(ready_pending_listener(PROBE_TYPE)));
}
