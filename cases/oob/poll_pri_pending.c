/*
 * poll() reports POLLPRI while an OOB byte is pending on a stream socket.
 *
 * "hello" is sent with MSG_OOB and the receiver is polled at once for
 * POLLPRI only; the token keeps POLLPRI, POLLHUP and POLLERR. Where the
 * MSG_OOB send is refused the token is that errno ("sendoob=EOPNOTSUPP").
 *
 * Covers: OOB-05, SHUT-06
 * linux: source-derived, net/unix/af_unix.c unix_poll
 */
#include "probe.h"

#include <poll.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    if (send(sv[0], "hello", 5, MSG_OOB) != 5)
        observe("sendoob=%s", errno_name(errno));

    int r = poll_now(sv[1], POLLPRI);
    if (r < 0)
        setup_failed("poll");
    observe("%s", poll_flags_name(r & (POLLPRI | POLLHUP | POLLERR)));
}
