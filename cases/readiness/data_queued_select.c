/*
 * A socketpair end with 5 bytes queued for it (one send of "hello"),
 * as select reports it.
 *
 * Readable and writable are expected; kqueue's read data is the queued count.
 * Asked with select() (zero timeout, the descriptor in the read and the write set).
 * The token is "read=yes|no,write=yes|no".
 *
 * Covers: SHUT-06, STR-04
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
    if (send(sv[1], "hello", 5, 0) != 5)
        setup_failed("send");
    observe("%s", ready_select(sv[0]));
}
