/*
 * recv(MSG_PEEK) on seqpacket returns the record without consuming it.
 *
 * Token "peek=N,read=M" after a 5-byte record.
 *
 * Covers: SEQ-02
 * linux: recv(2) MSG_PEEK
 * posix: recv() MSG_PEEK
 */
#include "probe.h"

#include <stdio.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_SEQPACKET, sv);
    if (send(sv[0], "hello", 5, 0) != 5)
        setup_failed("send");
    char buf[16], p[32];
    snprintf(p, sizeof p, "%s", io_result(recv(sv[1], buf, sizeof buf, MSG_PEEK | MSG_DONTWAIT)));
    observe("peek=%s,read=%s", p, io_result(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT)));
}
