/*
 * SO_INQ on a stream receiver: recvmsg() then carries an SCM_INQ control
 * message with the number of bytes still queued.
 *
 * 5 bytes are sent and 2 received with room for one int of control data.
 * recv=2,inq=3 when the option works; set=ERRNO when setsockopt refuses it
 * (kernels before 6.17: ENOPROTOOPT); inq=none when it is accepted but no
 * SCM_INQ arrives. The value carried is reported whatever it is (gVisor has
 * been seen to send -1). The option number is given a fallback (84, as in
 * asm-generic/socket.h) only on asm-generic architectures; SCM_INQ equals
 * SO_INQ there.
 *
 * Covers: OPT-18
 * linux: source-derived, net/unix/af_unix.c unix_stream_read_generic (SO_INQ, commit df30285b3670, Linux 6.17)
 */
#include "probe.h"

#include <string.h>
#include <sys/uio.h>

#ifdef UDS_LINUX_GENERIC_SOCKOPTS
#ifndef SO_INQ
#define SO_INQ 84
#endif
#ifndef SCM_INQ
#define SCM_INQ SO_INQ
#endif
#endif

void probe_main(void)
{
#if defined(SO_INQ) && defined(SCM_INQ)
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    if (set_int_option(sv[1], SOL_SOCKET, SO_INQ, 1) < 0)
        observe("set=%s", errno_name(errno));
    if (send(sv[0], "hello", 5, 0) != 5)
        setup_failed("send");

    char buf[2];
    union {
        struct cmsghdr align;
        char buf[CMSG_SPACE(sizeof(int))];
    } ctl;
    memset(&ctl, 0, sizeof ctl);
    struct iovec iov = { .iov_base = buf, .iov_len = sizeof buf };
    struct msghdr msg;
    memset(&msg, 0, sizeof msg);
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = ctl.buf;
    msg.msg_controllen = sizeof ctl.buf;
    ssize_t n = recvmsg(sv[1], &msg, MSG_DONTWAIT);
    if (n < 0)
        observe("recv=%s", errno_name(errno));

    for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c != NULL; c = CMSG_NXTHDR(&msg, c)) {
        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_INQ &&
            c->cmsg_len >= CMSG_LEN(sizeof(int))) {
            int inq;
            memcpy(&inq, CMSG_DATA(c), sizeof inq);
            observe("recv=%zd,inq=%d", n, inq);
        }
    }
    observe("recv=%zd,inq=none", n);
#else
    not_applicable("SO_INQ not defined");
#endif
}
