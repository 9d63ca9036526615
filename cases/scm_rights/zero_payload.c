/*
 * Descriptors sent with no data bytes: are they delivered?
 *
 * unix(7): on a stream socket at least one byte of real data is required to
 * pass ancillary data; on a datagram socket Linux does not need one, though
 * portable code should send one. The sender sends one descriptor with a
 * zero-length payload; the receiver does a nonblocking recvmsg.
 * The value: sendmsg's result, then recvmsg's byte count or errno, and how
 * many descriptors came.
 *
 * Covers: RIGHTS-17, STR-22
 * Types: stream, dgram, seqpacket
 * linux: unix(7) Ancillary messages ("at least one byte of real data"); unix(7) NOTES
 */
#include "probe.h"

#include <stdio.h>

void probe_main(void)
{
    int p[2];
    make_pipe(p);
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    ssize_t sent = send_fds(sv[0], &p[1], 1, NULL, 0);
    const char *sent_s = io_result(sent);
    char sent_tok[32];
    snprintf(sent_tok, sizeof sent_tok, "%s", sent_s);

    char buf[4];
    struct fd_recv got;
    recv_fds(sv[1], buf, sizeof buf, CMSG_SPACE(4 * sizeof(int)), MSG_DONTWAIT, &got);
    close_fds(got.fds, got.nfds);
    observe("sent=%s,recv=%s,nfds=%d", sent_tok,
            got.bytes < 0 ? errno_name(got.err) : io_result(got.bytes), got.nfds);
}
