/*
 * A stream socket keeps no message boundaries: two sends queued before the
 * reader looks come back from one recv().
 *
 * Sends of 3 and 5 bytes, then one recv() with room for 64: a byte stream
 * returns 8; a transport that kept the two writes apart would return 3.
 *
 * Covers: STR-01, SEQ-02
 * linux: unix(7) DESCRIPTION: SOCK_STREAM is a stream-oriented socket
 * freebsd: unix(4) DESCRIPTION
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    if (send(sv[0], "abc", 3, 0) != 3 || send(sv[0], "defgh", 5, 0) != 5)
        setup_failed("send");

    char buf[64];
    observe("%s", io_result(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT)));
}
