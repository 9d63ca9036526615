/*
 * poll() events at both ends right after one end calls shutdown(SHUT_RD).
 *
 * Each end is polled at once for POLLIN|POLLOUT (and POLLRDHUP where it is
 * defined); the result keeps those flags plus POLLHUP and POLLERR, so the
 * token "local=...,peer=..." lists the same flags wherever the same events
 * are raised. Nothing is queued.
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

    CHECK(shutdown(sv[0], SHUT_RD));
    observe("%s", shut_poll_both(sv));
}
