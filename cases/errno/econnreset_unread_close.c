/*
 * The peer closes while its receive queue still holds data it never read:
 * what does the survivor's next recv() return?
 *
 * Linux marks the survivor with ECONNRESET only when the closing side had
 * unread data. The BSD sources report end of file (0) instead.
 *
 * Covers: ERR-04, STR-17
 * linux: unix(7) ERRORS ECONNRESET ("remote socket was unexpectedly closed")
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_disconnect
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_disconnect
 * Types: stream, seqpacket
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);

    if (send(sv[0], "unread", 6, 0) != 6)
        setup_failed("send");
    close(sv[1]); /* closes with 6 bytes still queued for it */

    char buf[16];
    if (set_nonblocking(sv[0], 1) < 0) /* never hang if no error or EOF shows */
        setup_failed("fcntl");
    observe("%s", io_result(recv(sv[0], buf, sizeof buf, 0)));
}
