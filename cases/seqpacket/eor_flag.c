/*
 * recvmsg() of a whole seqpacket record: is MSG_EOR set in msg_flags?
 *
 * Covers: SEQ-06
 * linux: recv(2) msg_flags MSG_EOR ("generally used with sockets of type SOCK_SEQPACKET")
 * freebsd: source-derived, sys/kern/uipc_usrreq.c (MSG_EOR on the last piece of a record)
 * posix: recvmsg() MSG_EOR ("End-of-record was received")
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_SEQPACKET, sv);
    if (send(sv[0], "record", 6, 0) != 6)
        setup_failed("send");
    char buf[64];
    struct fd_recv r;
    recv_fds(sv[1], buf, sizeof buf, 0, MSG_DONTWAIT, &r);
    if (r.bytes != 6)
        setup_error("recvmsg", "%s", r.bytes < 0 ? errno_name(r.err) : "short read");
    observe("%s", yesno(r.msg_flags & MSG_EOR));
}
