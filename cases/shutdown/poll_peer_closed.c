/*
 * poll() events on a socket whose peer has been closed.
 *
 * socket(7) lists POLLHUP for a broken connection. The survivor is polled
 * at once for POLLIN|POLLOUT (and POLLRDHUP where it is defined); the token
 * keeps those flags plus POLLHUP and POLLERR. Nothing is queued.
 *
 * Covers: SHUT-06
 * Types: stream, dgram, seqpacket
 * linux: socket(7) "I/O events"; source-derived, net/unix/af_unix.c unix_poll, unix_dgram_poll
 * freebsd: source-derived, sys/kern/uipc_socket.c sopoll_generic
 */
#include "shutdown.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);

    close(sv[1]);

    char ev[80];
    shut_poll_events(sv[0], ev, sizeof ev);
    observe("%s", ev);
}
