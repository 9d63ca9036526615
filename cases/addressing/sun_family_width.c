/*
 * How wide is sun_family, and is it unsigned?
 *
 * glibc and musl declare sa_family_t as a 16-bit unsigned integer; the BSDs
 * and macOS use an 8-bit one after the sun_len byte. Code that copies
 * sun_family through a fixed-width integer breaks across that difference.
 * The value is "bits=N,signed=yes|no".
 *
 * Covers: ADDR-06, ADDR-03
 * linux: source-derived, glibc bits/sockaddr.h sa_family_t
 * freebsd: unix(4) ADDRESSING (u_char sun_family)
 * darwin: source-derived, bsd/sys/un.h struct sockaddr_un
 * openbsd: unix(4) struct sockaddr_un (u_char sun_family)
 * netbsd: unix(4) struct sockaddr_un
 * posix: <sys/socket.h>: sa_family_t is an unsigned integer type
 */
#include "probe.h"

#include <limits.h>

void probe_main(void)
{
    struct sockaddr_un sa;
    sa.sun_family = 0;
    sa.sun_family--;    /* wraps to the largest value when unsigned */

    observe("bits=%zu,signed=%s", sizeof sa.sun_family * CHAR_BIT,
            sa.sun_family > 0 ? "no" : "yes");
}
