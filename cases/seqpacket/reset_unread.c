/*
 * The seqpacket peer closes with unread records in its receive queue: does
 * the survivor's next recv() see ECONNRESET or EOF (0)?
 *
 * Covers: STR-17, SHUT-07
 * linux: unix(7) ERRORS ECONNRESET "Remote socket was unexpectedly closed"
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_SEQPACKET, sv);
    if (send(sv[0], "unread", 6, 0) != 6)
        setup_failed("send");
    close(sv[1]);
    char buf[16];
    observe("%s", io_result(recv(sv[0], buf, sizeof buf, MSG_DONTWAIT)));
}
