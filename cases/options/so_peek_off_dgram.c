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
#include "probe.h"

#include <string.h>
#include <sys/uio.h>

#if !defined(SO_PEEK_OFF) && defined(__linux__) && \
    (defined(__x86_64__) || defined(__i386__) || defined(__aarch64__) || \
     defined(__arm__) || defined(__riscv))
#define SO_PEEK_OFF 42 /* the asm-generic value */
#endif

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
    struct iovec iov = { .iov_base = b, .iov_len = sizeof b };
    struct msghdr msg;
    memset(&msg, 0, sizeof msg);
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    ssize_t n = recvmsg(sv[1], &msg, MSG_PEEK | MSG_DONTWAIT);
    if (n < 0)
        observe("peek2=%s", errno_name(errno));
    observe("peek2=%.*s,trunc=%s", (int)n, b, yesno(msg.msg_flags & MSG_TRUNC));
#else
    not_applicable("SO_PEEK_OFF not defined");
#endif
}
