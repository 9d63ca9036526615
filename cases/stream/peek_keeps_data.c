/*
 * recv(MSG_PEEK) on a stream returns the queued data without consuming it.
 *
 * After a 5-byte send, a peek and then a plain read both return 5; the
 * token is "peek=N,read=M".
 *
 * Covers: STR-25
 * linux: recv(2) MSG_PEEK
 * posix: recv() MSG_PEEK
 */
#include "probe.h"

#include <stdio.h>
#include <string.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    if (send(sv[0], "hello", 5, 0) != 5)
        setup_failed("send");

    char a[16], b[16];
    ssize_t peek = recv(sv[1], a, sizeof a, MSG_PEEK | MSG_DONTWAIT);
    ssize_t rd = recv(sv[1], b, sizeof b, MSG_DONTWAIT);
    if (peek > 0 && rd > 0 && (peek > rd || memcmp(a, b, (size_t)peek) != 0))
        observe("peek=%zd,read=%zd,differ", peek, rd);
    char p[32];
    snprintf(p, sizeof p, "%s", io_result(peek));
    observe("peek=%s,read=%s", p, io_result(rd));
}
