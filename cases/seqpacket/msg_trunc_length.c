/*
 * recv(MSG_TRUNC) on seqpacket returns the real record length even when the
 * buffer is shorter.
 *
 * A 10-byte record read with 4 bytes of room: "10" when the real length is
 * returned, "4" otherwise.
 *
 * Covers: DGR-16, SEQ-05
 * linux: recv(2) MSG_TRUNC; unix(7) NOTES (supported since Linux 3.4)
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_SEQPACKET, sv);
    if (send(sv[0], "0123456789", 10, 0) != 10)
        setup_failed("send");
    char buf[16];
    observe("%s", io_result(recv(sv[1], buf, 4, MSG_TRUNC | MSG_DONTWAIT)));
}
