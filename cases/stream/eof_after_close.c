/*
 * recv() on a stream socket after the peer has closed returns 0 (EOF).
 *
 * Covers: STR-16, SHUT-01
 * linux: recv(2) RETURN VALUE: 0 after an orderly shutdown of a stream peer
 * posix: recv() RETURN VALUE
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    close(sv[0]);
    char buf[16];
    observe("%s", io_result(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT)));
}
