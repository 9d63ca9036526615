/*
 * With SO_RCVLOWAT set to 4 and only 2 bytes queued, does poll() report the
 * stream socket readable?
 *
 * socket(7) says that since Linux 2.6.28 poll marks a socket readable only
 * when at least SO_RCVLOWAT bytes are available. Reports the POLLIN bit
 * alone ("POLLIN" or "0"), or set_ERRNO when the option cannot be set.
 *
 * Covers: OPT-13
 * linux: socket(7) SO_RCVLOWAT
 */
#include "probe.h"

#include <poll.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    if (set_int_option(sv[1], SOL_SOCKET, SO_RCVLOWAT, 4) < 0)
        observe("set_%s", errno_name(errno));
    if (send(sv[0], "ab", 2, 0) != 2)
        setup_failed("send");

    int rev = poll_now(sv[1], POLLIN);
    if (rev < 0)
        setup_failed("poll");
    observe("%s", poll_flags_name(rev & POLLIN));
}
