/*
 * recvmsg with msg_control NULL on a message that carries descriptors.
 *
 * unix(7): the ancillary data is discarded, the descriptors are closed and
 * MSG_CTRUNC is set. The value: the data bytes received, whether
 * MSG_CTRUNC was set, and how many descriptors the process gained anyway
 * (leaked).
 *
 * Covers: RIGHTS-09
 * Types: stream, dgram, seqpacket
 * linux: unix(7) Ancillary messages ("msg_control field ... is NULL ... discarded"; MSG_CTRUNC)
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_externalize (rights freed)
 */
#include "probe.h"

void probe_main(void)
{
    int p[2];
    make_pipe(p);
    int fds[2] = { p[0], p[1] };
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    if (send_fds(sv[0], fds, 2, "x", 1) < 0)
        setup_failed("sendmsg of 2 descriptors");

    int before = count_open_fds();
    char buf[4];
    struct fd_recv got;
    recv_fds(sv[1], buf, sizeof buf, 0, 0, &got);
    if (got.bytes < 0)
        observe("recv=%s", errno_name(got.err));
    int after = count_open_fds();
    observe("bytes=%zd,ctrunc=%s,leaked=%d", got.bytes, yesno(got.msg_flags & MSG_CTRUNC),
            after - before);
}
