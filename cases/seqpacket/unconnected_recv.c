/*
 * recv() on a seqpacket socket that was never connected.
 *
 * Covers: SEQ-04, STR-18
 * linux: source-derived, net/unix/af_unix.c unix_seqpacket_recvmsg (ENOTCONN)
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_soreceive_stream_or_seqpacket (ENOTCONN)
 * posix: recv() ERRORS ENOTCONN
 */
#include "probe.h"

void probe_main(void)
{
    int s = uds_socket(SOCK_SEQPACKET);
    char buf[16];
    observe("%s", io_result(recv(s, buf, sizeof buf, MSG_DONTWAIT)));
}
