/*
 * shutdown() with a how that is none of SHUT_RD, SHUT_WR, SHUT_RDWR.
 *
 * The value used is SHUT_RD + SHUT_WR + SHUT_RDWR + 1 (4 where the three
 * are 0, 1, 2), on a connected stream pair so that no ENOTCONN check
 * hides the answer. POSIX says EINVAL; shutdown(2) BUGS says Linux unix
 * sockets ignored bad values before 3.7.
 *
 * Covers: SHUT-03
 * linux: shutdown(2) ERRORS EINVAL
 * posix: shutdown() ERRORS EINVAL
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_STREAM, sv);

    observe_call(shutdown(sv[0], SHUT_RD + SHUT_WR + SHUT_RDWR + 1));
}
