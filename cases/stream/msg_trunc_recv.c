/*
 * recv(MSG_TRUNC) on a stream socket: what it returns, and how much is
 * left queued afterwards.
 *
 * 8 bytes are queued; recv(buf, 4, MSG_TRUNC) is made, then a plain
 * non-blocking read. Token "ret=N,left=M". (On TCP, Linux discards the
 * bytes; for AF_UNIX streams the flag may simply be ignored.)
 *
 * Covers: DGR-16
 * linux: unix(7) NOTES: MSG_TRUNC on recv not supported before Linux 3.4; recv(2) MSG_TRUNC
 */
#include "probe.h"

#include <stdio.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    if (send(sv[0], "abcdefgh", 8, 0) != 8)
        setup_failed("send");
    char buf[16];
    ssize_t n = recv(sv[1], buf, 4, MSG_TRUNC | MSG_DONTWAIT);
    char r[32];
    snprintf(r, sizeof r, "%s", io_result(n));
    observe("ret=%s,left=%s", r, io_result(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT)));
}
