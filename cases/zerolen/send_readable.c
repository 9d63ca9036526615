/*
 * send() of 0 bytes on a connected socket: what does it return, and does
 * the receiver become readable?
 *
 * For dgram and seqpacket a 0-byte message can be a record of its own (the
 * receiver wakes and reads 0); for a stream there is nothing to deliver.
 * Token "send=R,readable=yes|no": the send result and whether a bounded
 * poll on the other end then reports POLLIN.
 *
 * Covers: DGR-13, SEQ-02, STR-01
 * Types: stream, dgram, seqpacket
 * linux: recv(2) RETURN VALUE ("Datagram sockets ... permit zero-length datagrams")
 */
#include "probe.h"

#include <stdio.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    char sent[16];
    snprintf(sent, sizeof sent, "%s", io_result(send(sv[0], "", 0, 0)));
    /* For a stream nothing is expected; the bound keeps the wait short. */
    int rev = wait_events(sv[1], POLLIN, 100);
    if (rev < 0)
        setup_failed("poll");
    observe("send=%s,readable=%s", sent, yesno(rev & POLLIN));
}
