/*
 * SO_PEEK_OFF on a stream socket: with the offset set to 0, does each
 * MSG_PEEK start where the previous peek ended?
 *
 * Four bytes "abcd" are queued and peeked twice, two bytes at a time.
 * "peeks=ab,cd" means the peek offset is honoured; "peeks=ab,ab" means the
 * option was accepted but ignored; set_ERRNO means it was refused.
 *
 * Covers: STR-25, OPT-02
 * linux: socket(7) SO_PEEK_OFF (since 3.4); unix(7) Socket options
 */
#include "kconst.h"

#include <stdio.h>

/* SO_PEEK_OFF is 42 on the asm-generic architectures only. */
#ifdef SO_PEEK_OFF
static const char *peek2(int fd, char *out, size_t size)
{
    char b[2];
    ssize_t n = recv(fd, b, sizeof b, MSG_PEEK | MSG_DONTWAIT);
    if (n < 0)
        snprintf(out, size, "%s", errno_name(errno));
    else
        snprintf(out, size, "%.*s", (int)n, b);
    return out;
}
#endif

void probe_main(void)
{
#ifdef SO_PEEK_OFF
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    if (send(sv[0], "abcd", 4, 0) != 4)
        setup_failed("send");
    if (set_int_option(sv[1], SOL_SOCKET, SO_PEEK_OFF, 0) < 0)
        observe("set_%s", errno_name(errno));

    char first[32], second[32];
    peek2(sv[1], first, sizeof first);
    peek2(sv[1], second, sizeof second);
    observe("peeks=%s,%s", first, second);
#else
    not_applicable("SO_PEEK_OFF not defined");
#endif
}
