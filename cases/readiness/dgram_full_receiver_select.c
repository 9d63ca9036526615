/*
 * A datagram sender connected to a bound receiver that never reads, after\n * sends failed: is the sender still writable,
 * as select reports it.
 *
 * The receiver is bound to a path and does not connect back, so its queue
 * limit applies; 64-byte datagrams are sent without blocking until one fails.
 * Asked with select() (zero timeout, the descriptor in the read and the write set).
 * The token is "read=yes|no,write=yes|no".
 *
 * Covers: DGR-04, DGR-03, LIM-04
 * linux: select(2) DESCRIPTION (readable: a read will not block; writable: a write will not block)
 * freebsd: source-derived, sys/kern/sys_generic.c selscan (select_flags), uipc_socket.c sopoll_generic
 * darwin: source-derived, bsd/kern/sys_socket.c soo_select
 * openbsd: source-derived, sys/kern/sys_generic.c selscan, uipc_socket.c / sys_socket.c soo_poll
 * netbsd: source-derived, sys/kern/sys_select.c selscan, uipc_socket.c sopoll
 */
#include "ready.h"

void probe_main(void)
{
    observe("%s", ready_select(ready_full_dgram_sender()));
}
