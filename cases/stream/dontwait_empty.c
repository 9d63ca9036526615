/*
 * recv(MSG_DONTWAIT) on a connected stream socket with nothing queued.
 *
 * The socket itself stays blocking; only the flag asks for a non-blocking
 * call. EAGAIN (== EWOULDBLOCK) is the expected answer.
 *
 * Covers: STR-01
 * linux: recv(2) MSG_DONTWAIT, ERRORS EAGAIN or EWOULDBLOCK
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    char buf[16];
    observe("%s", io_result(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT)));
}
