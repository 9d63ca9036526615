/*
 * recv() on seqpacket after the peer closed (nothing queued) returns 0.
 *
 * Covers: SEQ-02, STR-16
 * linux: recv(2) RETURN VALUE (0 after the peer's orderly shutdown)
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_SEQPACKET, sv);
    close(sv[0]);
    char buf[16];
    observe("%s", io_result(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT)));
}
