/*
 * On a stream, ancillary data is a barrier: one recvmsg() never returns
 * bytes from both sides of a send that carried ancillary data.
 *
 * The unix(7) example: 4 bytes plain, 1 byte with an SCM_RIGHTS fd, 4 bytes
 * plain; then non-blocking recvmsg() calls with room for 64 bytes and the
 * fd. The token lists the sizes read, "reads=5,4" in the example.
 *
 * Covers: STR-21
 * linux: unix(7) "Ancillary messages": reads of 5 and 4 in the example
 * freebsd: source-derived, sys/kern/uipc_socket.c soreceive_generic (stops at a control mbuf)
 */
#include "probe.h"

#include <stdio.h>
#include <string.h>

void probe_main(void)
{
    int sv[2], p[2];
    uds_pair(SOCK_STREAM, sv);
    CHECK(pipe(p));
    if (send(sv[0], "abcd", 4, 0) != 4)
        setup_failed("send 1");
    if (send_fds(sv[0], &p[0], 1, "e", 1) != 1)
        setup_failed("send_fds");
    if (send(sv[0], "fghi", 4, 0) != 4)
        setup_failed("send 3");

    char out[128] = "reads=";
    for (int i = 0; i < 6; i++) {
        char buf[64];
        struct fd_recv r;
        recv_fds(sv[1], buf, sizeof buf, CMSG_SPACE(sizeof(int)), MSG_DONTWAIT, &r);
        close_fds(r.fds, r.nfds);
        if (r.bytes <= 0)
            break;
        size_t used = strlen(out);
        snprintf(out + used, sizeof out - used, "%s%zd", i ? "," : "", r.bytes);
    }
    observe("%s", out);
}
