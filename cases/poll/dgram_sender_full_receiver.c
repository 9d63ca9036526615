/*
 * poll() on a connected datagram sender whose receiver's queue is full:
 * is it still writable?
 *
 * The receiver is bound to a path and never reads; the sender connect()s
 * to it (one way only, so the receiver's queue limit applies) and sends
 * 64-byte datagrams without blocking until a send fails. On Linux the
 * sender then does not report POLLOUT; on the BSDs a datagram send never
 * blocks. Events asked for: POLLIN|POLLOUT, plus POLLRDHUP where it exists.
 *
 * Covers: DGR-04, DGR-03, LIM-04
 * linux: source-derived, net/unix/af_unix.c unix_dgram_poll
 * freebsd: unix(4) BUFFERING ("always non-blocking for write")
 */
#include "probe.h"

#include <poll.h>

void probe_main(void)
{
    int r = uds_bound(SOCK_DGRAM, "r");
    (void)r;
    int s = uds_connect_to(SOCK_DGRAM, "r");
    if (fill_socket(s, 64) == 0)
        setup_error("fill_socket", "nothing could be sent");
    int rev = poll_now(s, UDS_POLL_EVENTS);
    if (rev < 0)
        setup_failed("poll");
    observe("%s", poll_flags_name(rev));
}
