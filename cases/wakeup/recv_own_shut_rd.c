/*
 * A recv() blocked in one process, and shutdown(SHUT_RD) on the same socket
 * made by another process that shares it: does the waiter wake?
 *
 * shutdown() acts on the socket, not on one descriptor, so the waiter's
 * socket is the one shut. Token "recv=R", or "blocked".
 *
 * Covers: SHUT-05, SHUT-06
 * Types: stream, dgram, seqpacket
 * linux: shutdown(2) DESCRIPTION (SHUT_RD: "further receptions will be disallowed")
 * posix: shutdown() DESCRIPTION (SHUT_RD disables further receive operations)
 */
#include "wake.h"

static int shut_rd(void *arg)
{
    return shutdown(*(int *)arg, SHUT_RD) < 0 ? errno : 0;
}

void probe_main(void)
{
    uds_pair(PROBE_TYPE, wake_sv);
    observe("%s", wake_token(wake_recv, NULL, shut_rd, &wake_sv[0], NULL));
}
