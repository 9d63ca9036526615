/*
 * socketpair(AF_UNIX, SOCK_STREAM) gives two connected ends that carry data
 * both ways.
 *
 * The token is "a2b=N,b2a=M": bytes read on each end after 3 bytes one way
 * and 2 bytes the other.
 *
 * Covers: STR-04, STR-01
 * linux: socketpair(2); unix(7) DESCRIPTION
 * posix: socketpair()
 */
#include "probe.h"

#include <stdio.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    if (send(sv[0], "abc", 3, 0) != 3 || send(sv[1], "de", 2, 0) != 2)
        setup_failed("send");
    char buf[16], a[32];
    snprintf(a, sizeof a, "%s", io_result(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT)));
    observe("a2b=%s,b2a=%s", a, io_result(recv(sv[0], buf, sizeof buf, MSG_DONTWAIT)));
}
