/*
 * A non-blocking recv() on a connected socket with nothing queued.
 *
 * EWOULDBLOCK equals EAGAIN on every supported OS, so both read EAGAIN.
 *
 * Covers: ERR-20
 * linux: recv(2) ERRORS EAGAIN or EWOULDBLOCK
 * freebsd: source-derived, sys/kern/uipc_socket.c soreceive_generic
 * darwin: source-derived, bsd/kern/uipc_socket.c soreceive
 * posix: recv() ERRORS EAGAIN or EWOULDBLOCK
 * Types: stream, dgram, seqpacket
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    if (set_nonblocking(sv[0], 1) < 0)
        setup_failed("fcntl");

    char buf[8];
    observe("%s", io_result(recv(sv[0], buf, sizeof buf, 0)));
}
