/*
 * send() with MSG_OOB on a connected message socket.
 *
 * Out-of-band data exists at most for stream sockets (Linux since 5.15);
 * datagram and seqpacket sockets refuse the flag.
 *
 * Covers: ERR-12
 * linux: unix(7) ERRORS EOPNOTSUPP ("tried to use the out-of-band data option")
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_send
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_send
 * Types: dgram, seqpacket
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    if (set_nonblocking(sv[0], 1) < 0)
        setup_failed("fcntl");

    observe("%s", io_result(send(sv[0], "x", 1, MSG_OOB)));
}
