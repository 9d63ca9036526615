/*
 * A seqpacket socket keeps record boundaries: records of 3 and 5 bytes come
 * back from two recv() calls with room for 64, in order.
 *
 * The token lists the sizes read, "reads=3,5".
 *
 * Covers: SEQ-02
 * linux: unix(7) DESCRIPTION: SOCK_SEQPACKET preserves message boundaries, delivers in order
 */
#include "probe.h"

#include <stdio.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_SEQPACKET, sv);
    if (send(sv[0], "abc", 3, 0) != 3 || send(sv[0], "defgh", 5, 0) != 5)
        setup_failed("send");
    char buf[64], a[32];
    ssize_t n1 = recv(sv[1], buf, sizeof buf, MSG_DONTWAIT);
    if (n1 == 3 && buf[0] != 'a')
        observe("reads=3(out_of_order)");
    snprintf(a, sizeof a, "%s", io_result(n1));
    observe("reads=%s,%s", a, io_result(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT)));
}
