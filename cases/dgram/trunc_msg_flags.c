/*
 * A datagram longer than the receive buffer: recvmsg() returns the part that
 * fits, sets MSG_TRUNC in msg_flags, and the rest of the datagram is
 * discarded (the next read finds the next datagram, not the tail).
 *
 * A 10-byte datagram is read into a 4-byte buffer, followed by a read that
 * shows what comes next: the 2-byte datagram sent second, or the tail.
 *
 * Covers: DGR-15
 * linux: recv(2) DESCRIPTION (MSG_TRUNC in msg_flags; "excess bytes may be discarded")
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_soreceive_dgram
 * posix: recvmsg() DESCRIPTION (MSG_TRUNC)
 */
#include "cmsg.h"

#include <string.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_DGRAM, sv);
    CHECK(send(sv[0], "0123456789", 10, 0));
    CHECK(send(sv[0], "XY", 2, 0));

    char buf[4];
    struct cmsg_in in;
    cmsg_recv(sv[1], buf, sizeof buf, 0, MSG_DONTWAIT, &in);
    if (in.bytes < 0)
        setup_failed("recvmsg");

    char next[16];
    ssize_t m = recv(sv[1], next, sizeof next, MSG_DONTWAIT);
    const char *rest = m == 2 && memcmp(next, "XY", 2) == 0 ? "discarded"
                     : m >= 0 ? "kept" : errno_name(errno);
    observe("ret=%zd,trunc=%s,rest=%s", in.bytes, yesno(in.msg_flags & MSG_TRUNC), rest);
}
