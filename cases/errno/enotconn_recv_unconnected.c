/*
 * recv() on a connection-mode socket that was never connected.
 *
 * recv(2) and POSIX give ENOTCONN; Linux's stream path answers EINVAL
 * while its seqpacket path answers ENOTCONN. The socket is non-blocking so
 * that an OS that would wait cannot hang the probe.
 *
 * Covers: STR-18, SEQ-04, ERR-11, ERR-06
 * linux: recv(2) ERRORS ENOTCONN; source-derived, net/unix/af_unix.c unix_stream_read_generic
 * freebsd: source-derived, sys/kern/uipc_socket.c soreceive_generic
 * darwin: source-derived, bsd/kern/uipc_socket.c soreceive
 * posix: recv() ERRORS ENOTCONN
 * Types: stream, seqpacket
 */
#include "probe.h"

void probe_main(void)
{
    int s = uds_socket(PROBE_TYPE);
    if (set_nonblocking(s, 1) < 0)
        setup_failed("fcntl");

    char buf[8];
    observe("%s", io_result(recv(s, buf, sizeof buf, 0)));
}
