/*
 * Is data already queued when shutdown(SHUT_RD) is called still readable?
 *
 * Three bytes are queued, then the receiving end shuts down its read side
 * and reads (non-blocking). 3 means the queued data survived; 0 means the
 * shutdown discarded it (the BSD sorflush behaviour) and only end-of-file
 * remains.
 *
 * Covers: SHUT-05
 * Types: stream, dgram, seqpacket
 * linux: source-derived, net/unix/af_unix.c unix_shutdown
 * posix: shutdown() SHUT_RD ("further receptions shall be disallowed")
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    CHECK(set_nonblocking(sv[1], 1));
    if (send(sv[0], "abc", 3, 0) != 3)
        setup_failed("send");

    CHECK(shutdown(sv[1], SHUT_RD));

    char buf[8];
    observe("%s", io_result(recv(sv[1], buf, sizeof buf, 0)));
}
