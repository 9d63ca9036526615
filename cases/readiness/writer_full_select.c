/*
 * A socketpair end that has sent until a send would block: is it still writable,
 * as select reports it.
 *
 * 512-byte sends, non-blocking, until EAGAIN; the other end never reads.
 * Asked with select() (zero timeout, the descriptor in the read and the write set).
 * The token is "read=yes|no,write=yes|no".
 *
 * Covers: SHUT-06, STR-23
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
    if (fill_socket(sv[0], 512) == 0)
        setup_error("fill_socket", "nothing could be sent");
    observe("%s", ready_select(sv[0]));
}
