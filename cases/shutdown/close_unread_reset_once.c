/*
 * Is the ECONNRESET after a peer closed with unread data reported once, or on every read?
 *
 * The peer closes with unread data in its queue (as in
 * errno/econnreset_unread_close), then two non-blocking reads. The token
 * gives both: "read1=ECONNRESET,read2=0" means the error is consumed by
 * the first read and end-of-file follows.
 *
 * Covers: SHUT-07, STR-17
 * Types: stream, seqpacket
 * linux: source-derived, net/unix/af_unix.c unix_release_sock (sk_err), sock_error
 */
#include "probe.h"

#include <stdio.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    CHECK(set_nonblocking(sv[0], 1));
    if (send(sv[0], "x", 1, 0) != 1)
        setup_failed("send");

    close(sv[1]);

    char buf[8], first[32];
    snprintf(first, sizeof first, "%s", io_result(recv(sv[0], buf, sizeof buf, 0)));
    observe("read1=%s,read2=%s", first, io_result(recv(sv[0], buf, sizeof buf, 0)));
}
