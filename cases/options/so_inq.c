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
#include "cmsg.h"
#include "kconst.h"

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
    struct cmsg_in in;
    cmsg_recv(sv[1], buf, sizeof buf, CMSG_SPACE(sizeof(int)), MSG_DONTWAIT, &in);
    if (in.bytes < 0)
        observe("recv=%s", errno_name(in.err));
    int inq;
    struct cmsghdr *c = cmsg_find(&in, SOL_SOCKET, SCM_INQ);
    if (c != NULL && cmsg_read(c, &inq, sizeof inq) >= sizeof inq)
        observe("recv=%zd,inq=%d", in.bytes, inq);
    observe("recv=%zd,inq=none", in.bytes);
#else
    not_applicable("SO_INQ not defined");
#endif
}
