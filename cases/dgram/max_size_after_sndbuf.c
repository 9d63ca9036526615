/*
 * After setsockopt(SO_SNDBUF, 4096), does the largest datagram that send()
 * accepts follow the new buffer size?
 *
 * The largest accepted size is found by bisection on a socketpair, once on a
 * fresh pair and once on a pair whose sender set SO_SNDBUF to 4096. The
 * token says whether the maximum changed, and gives the new maximum relative
 * to the new getsockopt(SO_SNDBUF) value (Linux doubles 4096 to 8192 and
 * documents the maximum as SO_SNDBUF minus 32).
 *
 * Covers: DGR-06, OPT-03, STR-23
 * linux: unix(7) Sockets API; socket(7) SO_SNDBUF (doubled)
 */
#include "dgram.h"

#include <stdio.h>

static long max_with(int sndbuf, int *reported)
{
    int sv[2], err;
    uds_pair(SOCK_DGRAM, sv);
    if (sndbuf > 0)
        CHECK(set_int_option(sv[0], SOL_SOCKET, SO_SNDBUF, sndbuf));
    CHECK(get_int_option(sv[0], SOL_SOCKET, SO_SNDBUF, reported));
    long max = dgram_max_send(sv[0], sv[1], 16L << 20, &err);
    if (max < 0)
        setup_error("bisect", "a 16 MiB datagram was accepted");
    close(sv[0]);
    close(sv[1]);
    return max;
}

void probe_main(void)
{
    int def_buf, small_buf;
    long def_max = max_with(0, &def_buf);
    long small_max = max_with(4096, &small_buf);

    long d = small_max - small_buf;
    char rel[32] = "sndbuf";
    if (d != 0)
        snprintf(rel, sizeof rel, "sndbuf%+ld", d);
    observe("follows=%s,max=%s", yesno(small_max != def_max), rel);
}
