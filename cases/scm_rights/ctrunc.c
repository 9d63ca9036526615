/*
 * Control buffer too small: four descriptors sent, room for one int.
 *
 * The receiver offers CMSG_SPACE(sizeof(int)) bytes of control space (24 on
 * LP64 Linux, room for 2 ints after padding; 16 on 32-bit and macOS, room
 * for 1). unix(7): the list is truncated, the excess descriptors are closed
 * and MSG_CTRUNC is set. The value: descriptors found in the control data,
 * whether MSG_CTRUNC was set, and how many more descriptors the process has
 * than it was told about (leaked). Emulators that mishandle the truncation
 * show ctrunc=no or leaked>0.
 *
 * Covers: RIGHTS-08
 * Types: stream, dgram, seqpacket
 * linux: unix(7) Ancillary messages ("the list of file descriptors may be truncated"; MSG_CTRUNC); unix(7) SCM_RIGHTS ("excess file descriptors are automatically closed")
 */
#include "probe.h"

void probe_main(void)
{
    int p[2];
    make_pipe(p);
    int fds[4] = { p[0], p[1], p[0], p[1] };
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    if (send_fds(sv[0], fds, 4, "x", 1) < 0)
        setup_failed("sendmsg of 4 descriptors");

    int before = count_open_fds();
    char buf[4];
    struct fd_recv got;
    recv_fds(sv[1], buf, sizeof buf, CMSG_SPACE(sizeof(int)), 0, &got);
    if (got.bytes < 0)
        observe("recv=%s", errno_name(got.err));
    int after = count_open_fds();
    observe("nfds=%d,ctrunc=%s,leaked=%d", got.nfds, yesno(got.msg_flags & MSG_CTRUNC),
            after - before - got.nfds);
}
