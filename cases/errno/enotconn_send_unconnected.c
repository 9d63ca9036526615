/*
 * send() with no address on a connection-mode socket that was never
 * connected.
 *
 * Covers: STR-19, SEQ-04, ERR-11
 * linux: unix(7) ERRORS ENOTCONN; send(2) ERRORS ENOTCONN
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_send
 * darwin: source-derived, bsd/kern/uipc_socket.c sosend
 * posix: send() ERRORS ENOTCONN
 * Types: stream, seqpacket
 */
#include "probe.h"

#include <signal.h>

void probe_main(void)
{
    int s = uds_socket(PROBE_TYPE);
    count_signal(SIGPIPE); /* send(2) BUGS: Linux may answer EPIPE */

    observe("%s", io_result(send(s, "x", 1, 0)));
}
