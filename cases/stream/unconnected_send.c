/*
 * send() on a stream socket that was never connected.
 *
 * Covers: STR-19
 * linux: unix(7) ERRORS ENOTCONN; send(2) ERRORS ENOTCONN, BUGS: "Linux may return EPIPE instead of ENOTCONN"
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_send (ENOTCONN when never connected)
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_send (ENOTCONN)
 * posix: send() ERRORS ENOTCONN
 */
#include "probe.h"

#include <signal.h>

void probe_main(void)
{
    int s = uds_socket(SOCK_STREAM);
    count_signal(SIGPIPE);
    observe("%s", io_result(send(s, "x", 1, MSG_DONTWAIT)));
}
