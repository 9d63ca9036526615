/*
 * SO_PASSRIGHTS = 0 on the receiver: does a descriptor sent to it fail,
 * get dropped, or arrive anyway?
 *
 * Linux 6.16 added SO_PASSRIGHTS (default on) so a receiver can refuse
 * descriptors; the sender's sendmsg then fails. The man pages do not
 * document it. The value: the setsockopt result, then sendmsg's result,
 * then (when the send worked) how many descriptors arrived. The number 83
 * is used when the headers lack the name, only on Linux architectures that
 * use the asm-generic socket option numbers.
 *
 * Covers: RIGHTS-19
 * linux: source-derived, net/unix/af_unix.c unix_dgram_sendmsg / unix_stream_sendmsg (SOCK_PASSRIGHTS check)
 */
#include "kconst.h"

void probe_main(void)
{
#ifdef SO_PASSRIGHTS
    int p[2];
    CHECK(pipe(p));
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    if (set_int_option(sv[1], SOL_SOCKET, SO_PASSRIGHTS, 0) < 0)
        observe("setsockopt=%s", errno_name(errno));
    if (send_fds(sv[0], &p[1], 1, "x", 1) < 0)
        observe("setsockopt=ok,send=%s", errno_name(errno));
    char buf[4];
    struct fd_recv got;
    recv_fds(sv[1], buf, sizeof buf, CMSG_SPACE(4 * sizeof(int)), MSG_DONTWAIT, &got);
    close_fds(got.fds, got.nfds);
    if (got.bytes < 0)
        observe("setsockopt=ok,send=ok,recv=%s", errno_name(got.err));
    observe("setsockopt=ok,send=ok,nfds=%d", got.nfds);
#else
    not_applicable("SO_PASSRIGHTS not defined");
#endif
}
