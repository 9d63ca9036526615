/*
 * recv(MSG_WAITALL) on seqpacket with records of 3 and 5 bytes queued and
 * 8 bytes asked for: one record (3), both merged (8), or does it wait?
 *
 * The call runs in a child for up to 300 ms; the token is the byte count
 * or "blocks".
 *
 * Covers: SEQ-02
 * linux: recv(2) MSG_WAITALL ("no effect for datagram sockets")
 */
#include "probe.h"

static int read_waitall(void *arg)
{
    char buf[16];
    ssize_t n = recv(*(int *)arg, buf, 8, MSG_WAITALL);
    return n < 0 ? 200 : (int)n;
}

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_SEQPACKET, sv);
    if (send(sv[0], "abc", 3, 0) != 3 || send(sv[0], "defgh", 5, 0) != 5)
        setup_failed("send");
    int n;
    if (call_blocks(read_waitall, &sv[1], 300, &n))
        observe("blocks");
    if (n == 200)
        observe("error");
    observe("%d", n);
}
