/*
 * SO_PEEK_OFF on a datagram socket: after a 2-byte MSG_PEEK of a 4-byte
 * datagram, does the next peek start in the middle of the datagram, and is
 * that peek marked MSG_TRUNC?
 *
 * socket(7) says data returned from an offset in the middle of a packet is
 * marked MSG_TRUNC. The second peek has room for the whole rest of the
 * datagram, so MSG_TRUNC there can only mean "started mid-packet".
 * Reports "peek2=DATA,trunc=yes|no", or set_ERRNO when the option is refused.
 *
 * Covers: OPT-02, STR-25
 * linux: socket(7) SO_PEEK_OFF
 */
#include "cmsg.h"
#include "kconst.h"

#include <string.h>

void probe_main(void)
{
#ifdef SO_PEEK_OFF
    int sv[2];
    uds_pair(SOCK_DGRAM, sv);
    if (send(sv[0], "abcd", 4, 0) != 4)
        setup_failed("send");
    if (set_int_option(sv[1], SOL_SOCKET, SO_PEEK_OFF, 0) < 0)
        observe("set_%s", errno_name(errno));

    char b[8];
    if (recv(sv[1], b, 2, MSG_PEEK | MSG_DONTWAIT) < 0)
        setup_failed("first peek");

    memset(b, 0, sizeof b);
    struct cmsg_in in;
    cmsg_recv(sv[1], b, sizeof b, 0, MSG_PEEK | MSG_DONTWAIT, &in);
    if (in.bytes < 0)
        observe("peek2=%s", errno_name(in.err));
    observe("peek2=%.*s,trunc=%s", (int)in.bytes, b, yesno(in.msg_flags & MSG_TRUNC));
#else
    not_applicable("SO_PEEK_OFF not defined");
#endif
}
