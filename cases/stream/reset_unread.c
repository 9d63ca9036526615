/*
 * The peer closes while data it never read is still in its receive queue:
 * what does the survivor's next recv() see, ECONNRESET or EOF (0)?
 *
 * Covers: STR-17, SHUT-07
 * linux: unix(7) ERRORS ECONNRESET "Remote socket was unexpectedly closed"
 * freebsd: source-derived, sys/kern/uipc_usrreq.c (no ECONNRESET for stream)
 * darwin: source-derived, bsd/kern/uipc_usrreq.c (no ECONNRESET for stream)
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    if (send(sv[0], "unread", 6, 0) != 6)
        setup_failed("send");
    close(sv[1]); /* six bytes still queued for it */
    char buf[16];
    observe("%s", io_result(recv(sv[0], buf, sizeof buf, MSG_DONTWAIT)));
}
