/*
 * send(MSG_OOB) of one byte on a connected pair: accepted, or which errno?
 *
 * unix(7) says UNIX domain sockets do not support out-of-band data, but
 * Linux has accepted MSG_OOB on SOCK_STREAM since 5.15 (CONFIG_AF_UNIX_OOB)
 * while SOCK_DGRAM and SOCK_SEQPACKET still refuse it. The BSDs refuse it
 * on every type.
 *
 * Covers: OOB-01, OOB-02, ERR-12
 * Types: stream, dgram, seqpacket
 * linux: unix(7) Sockets API and NOTES ("do not support ... out-of-band data"); ERRORS EOPNOTSUPP
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_send
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_send
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);

    observe("%s", call_result((int)send(sv[0], "x", 1, MSG_OOB)));
}
