/*
 * poll() on a fresh socket that was never bound or connected: which events?
 *
 * Linux reports POLLOUT|POLLHUP for a never-connected stream or seqpacket
 * socket (its state is "closed"); the BSD sources set POLLHUP only after a
 * disconnect. Events asked for: POLLIN|POLLOUT, plus POLLRDHUP where it
 * exists; POLLHUP and POLLERR are always reported.
 *
 * Covers: STR-26, SHUT-06
 * Types: stream, dgram, seqpacket
 * linux: socket(7) I/O events; source-derived, net/unix/af_unix.c unix_poll
 * freebsd: source-derived, sys/kern/uipc_socket.c sopoll_generic
 */
#include "probe.h"

#include <poll.h>

void probe_main(void)
{
    int s = uds_socket(PROBE_TYPE);
    int rev = poll_now(s, UDS_POLL_EVENTS);
    if (rev < 0)
        setup_failed("poll");
    observe("%s", poll_flags_name(rev));
}
