/*
 * A zero-length seqpacket record: does send() of 0 bytes queue a record,
 * and does recv() return 0 for it while the connection stays up?
 *
 * Sends of 0 then 3 bytes, then two non-blocking reads. Token
 * "sent=N,first=M,second=K": "first=0,second=3" means an empty record was
 * delivered (a 0 that is not EOF); "first=3" means nothing was queued.
 *
 * Covers: SEQ-02
 * linux: recv(2) NOTES (zero-length datagrams are consumed by recv)
 */
#include "probe.h"

#include <stdio.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_SEQPACKET, sv);
    char s[32], f[32], buf[16];
    snprintf(s, sizeof s, "%s", io_result(send(sv[0], "", 0, 0)));
    if (send(sv[0], "abc", 3, 0) != 3)
        setup_failed("send");
    snprintf(f, sizeof f, "%s", io_result(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT)));
    observe("sent=%s,first=%s,second=%s", s, f,
            io_result(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT)));
}
