/*
 * listen(fd, 0): how many non-blocking connects succeed before the first one
 * fails, and with which errno.
 *
 * Nothing is accepted, so every connect that succeeds is a pending
 * connection. The token is "accepted=N,then=ERRNO" ("then=none" when 16
 * all succeed).
 *
 * Covers: LIM-10, STR-09
 * linux: source-derived, net/unix/af_unix.c unix_stream_connect (unix_recvq_full: pending > backlog)
 */
#include "stream.h"

void probe_main(void)
{
    uds_listener(SOCK_STREAM, "l", 0);
    int err;
    int n = connect_until_failure(SOCK_STREAM, "l", 16, &err);
    observe("accepted=%d,then=%s", n, err ? errno_name(err) : "none");
}
