/*
 * send() on a seqpacket socket that was never connected.
 *
 * Covers: SEQ-04
 * linux: source-derived, net/unix/af_unix.c unix_seqpacket_sendmsg (ENOTCONN)
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_sosend_stream_or_seqpacket (ENOTCONN)
 * posix: send() ERRORS ENOTCONN
 */
#include "probe.h"

#include <signal.h>

void probe_main(void)
{
    int s = uds_socket(SOCK_SEQPACKET);
    count_signal(SIGPIPE);
    observe("%s", io_result(send(s, "x", 1, MSG_DONTWAIT)));
}
