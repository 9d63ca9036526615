/*
 * Does POLLPRI go away once the OOB byte has been read with recv(MSG_OOB)?
 *
 * "hello" is sent with MSG_OOB, the urgent "o" is taken with a non-blocking
 * recv(MSG_OOB), then the receiver is polled for POLLPRI only (kept with
 * POLLHUP and POLLERR). The token also gives the recv result:
 * "rO1=o,poll=0". Where the MSG_OOB send is refused the token is its errno.
 *
 * Covers: OOB-05
 * linux: source-derived, net/unix/af_unix.c unix_poll, unix_stream_recv_urg
 */
#include "probe.h"

#include <poll.h>
#include <stdio.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    CHECK(set_nonblocking(sv[1], 1));
    if (send(sv[0], "hello", 5, MSG_OOB) != 5)
        observe("sendoob=%s", errno_name(errno));

    char c = 0;
    ssize_t n = recv(sv[1], &c, 1, MSG_OOB);
    char got[32];
    if (n == 1)
        snprintf(got, sizeof got, "%c", c >= 'a' && c <= 'z' ? c : '?');
    else
        snprintf(got, sizeof got, "%s", io_result(n));

    int r = poll_now(sv[1], POLLPRI);
    if (r < 0)
        setup_failed("poll");
    observe("rO1=%s,poll=%s", got, poll_flags_name(r & (POLLPRI | POLLHUP | POLLERR)));
}
