/*
 * send() one message larger than the sender's send buffer.
 *
 * The buffer is set to 4096 bytes and read back (Linux doubles it); the
 * message is one byte longer than the value read back, so it can never fit
 * and the atomic send must fail.
 *
 * Covers: ERR-22
 * linux: send(2) ERRORS EMSGSIZE ("message be sent atomically")
 * freebsd: source-derived, sys/kern/uipc_socket.c sosend_dgram
 * darwin: source-derived, bsd/kern/uipc_socket.c sosend
 * posix: send() ERRORS EMSGSIZE
 * Types: dgram, seqpacket
 */
#include "probe.h"

#include <stdlib.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    CHECK(set_int_option(sv[0], SOL_SOCKET, SO_SNDBUF, 4096));
    int sndbuf;
    CHECK(get_int_option(sv[0], SOL_SOCKET, SO_SNDBUF, &sndbuf));
    if (sndbuf <= 0 || sndbuf > (1 << 24))
        setup_error("SO_SNDBUF", "unusable value %d", sndbuf);
    if (set_nonblocking(sv[0], 1) < 0)
        setup_failed("fcntl");

    size_t n = (size_t)sndbuf + 1;
    char *buf = calloc(1, n);
    if (buf == NULL)
        setup_failed("calloc");

    ssize_t rc = send(sv[0], buf, n, 0);
    int err = errno;
    free(buf);
    errno = err;
    observe("%s", io_result(rc));
}
