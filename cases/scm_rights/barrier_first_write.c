/*
 * Stream: two writes, descriptors attached to the first. Does the read
 * that returns them stop at the end of that write?
 *
 * unix(7) calls ancillary data a barrier: the read that returns the
 * descriptors does not continue into data sent after them. The receiver
 * reads with a 64-byte buffer twice (the second nonblocking). The value:
 * bytes and descriptors of each read.
 *
 * Covers: STR-21, RIGHTS-01
 * linux: unix(7) Ancillary messages (the 4 + 1 + 4 bytes example: "The next call will receive the remaining four bytes")
 * freebsd: source-derived, sys/kern/uipc_socket.c soreceive_generic (stops at a control mbuf)
 */
#include "probe.h"

#include <stdio.h>

void probe_main(void)
{
    int p[2];
    make_pipe(p);
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    if (send_fds(sv[0], &p[1], 1, "aaaa", 4) != 4)
        setup_failed("sendmsg of the first write");
    if (send(sv[0], "bbbb", 4, 0) != 4)
        setup_failed("send of the second write");

    char buf[64], r1[16];
    struct fd_recv got;
    recv_fds(sv[1], buf, sizeof buf, CMSG_SPACE(4 * sizeof(int)), 0, &got);
    snprintf(r1, sizeof r1, "%s", got.bytes < 0 ? errno_name(got.err) : io_result(got.bytes));
    int f1 = got.nfds;
    close_fds(got.fds, got.nfds);
    recv_fds(sv[1], buf, sizeof buf, CMSG_SPACE(4 * sizeof(int)), MSG_DONTWAIT, &got);
    observe("r1=%s,f1=%d,r2=%s,f2=%d", r1, f1,
            got.bytes < 0 ? errno_name(got.err) : io_result(got.bytes), got.nfds);
}
