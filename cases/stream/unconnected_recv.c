/*
 * recv() on a stream socket that was never connected.
 *
 * recv(2) gives ENOTCONN as the generic rule; Linux's AF_UNIX stream code
 * returns EINVAL.
 *
 * Covers: STR-18
 * linux: source-derived, net/unix/af_unix.c unix_stream_read_generic (EINVAL when not established)
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_soreceive_stream_or_seqpacket (ENOTCONN)
 * darwin: source-derived, bsd/kern/uipc_socket.c soreceive (ENOTCONN)
 * posix: recv() ERRORS ENOTCONN
 */
#include "probe.h"

void probe_main(void)
{
    int s = uds_socket(SOCK_STREAM);
    char buf[16];
    observe("%s", io_result(recv(s, buf, sizeof buf, MSG_DONTWAIT)));
}
