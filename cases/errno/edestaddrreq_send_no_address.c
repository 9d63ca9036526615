/*
 * send() with no address on a datagram socket that was never connected.
 *
 * POSIX and the BSD sources give EDESTADDRREQ; Linux documents ENOTCONN.
 *
 * Covers: DGR-09, ERR-23, ERR-11
 * linux: unix(7) ERRORS ENOTCONN ("needs a target address, but the socket is not connected")
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_send
 * darwin: source-derived, bsd/kern/uipc_socket.c sosend
 * posix: send() ERRORS EDESTADDRREQ
 * Types: dgram
 */
#include "probe.h"

void probe_main(void)
{
    int s = uds_socket(PROBE_TYPE);
    if (set_nonblocking(s, 1) < 0)
        setup_failed("fcntl");

    observe("%s", io_result(send(s, "x", 1, 0)));
}
