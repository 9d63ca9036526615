/*
 * SO_PEEK_OFF on a stream: successive MSG_PEEK calls move through the data
 * instead of returning its start each time.
 *
 * SO_PEEK_OFF is set to 0, "abcd" is sent, then two 2-byte peeks. Token
 * "peeks=ab,cd" when the offset advances, "peeks=ab,ab" when it is ignored,
 * or "setsockopt=ERRNO".
 *
 * Covers: STR-25
 * linux: socket(7) SO_PEEK_OFF (since 3.4; unix(7) sockets)
 */
#include "probe.h"

#include <stdio.h>

void probe_main(void)
{
#ifdef SO_PEEK_OFF
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    if (set_int_option(sv[1], SOL_SOCKET, SO_PEEK_OFF, 0) < 0)
        observe("setsockopt=%s", errno_name(errno));
    if (send(sv[0], "abcd", 4, 0) != 4)
        setup_failed("send");
    char p1[3] = "", p2[3] = "";
    ssize_t a = recv(sv[1], p1, 2, MSG_PEEK | MSG_DONTWAIT);
    ssize_t b = recv(sv[1], p2, 2, MSG_PEEK | MSG_DONTWAIT);
    if (a != 2 || b != 2) {
        char r[32];
        snprintf(r, sizeof r, "%s", io_result(a));
        observe("peeks=%s,%s", r, io_result(b));
    }
    observe("peeks=%.2s,%.2s", p1, p2);
#else
    not_applicable("SO_PEEK_OFF not defined");
#endif
}
