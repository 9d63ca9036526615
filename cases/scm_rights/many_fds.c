/*
 * Ten descriptors in one SCM_RIGHTS message all arrive, in order.
 *
 * Ten pipes' write ends are sent in one message; the receiver writes one
 * byte through the i-th received descriptor and the byte must come out of
 * the i-th pipe. The value is how many arrived and whether each one is the
 * pipe at the same position.
 *
 * Covers: RIGHTS-01, RIGHTS-02, RIGHTS-03
 * Types: stream, dgram, seqpacket
 * linux: unix(7) Ancillary messages, SCM_RIGHTS ("an integer array of the file descriptors")
 * freebsd: unix(4) CONTROL MESSAGES
 * darwin: unix(4)
 * openbsd: unix(4)
 * netbsd: unix(4)
 */
#include "probe.h"

#define N 10

void probe_main(void)
{
    int r[N], w[N];
    for (int i = 0; i < N; i++) {
        int p[2];
        make_pipe(p);
        r[i] = p[0];
        w[i] = p[1];
        CHECK(set_nonblocking(r[i], 1));
    }
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    if (send_fds(sv[0], w, N, "x", 1) < 0)
        setup_failed("sendmsg of 10 descriptors");

    char buf[4];
    struct fd_recv got;
    recv_fds(sv[1], buf, sizeof buf, CMSG_SPACE(2 * N * sizeof(int)), 0, &got);
    if (got.bytes < 0)
        observe("recv=%s", errno_name(got.err));

    int in_order = got.nfds == N;
    for (int i = 0; i < got.nfds && i < N; i++) {
        char c = (char)('a' + i), back = 0;
        if (write(got.fds[i], &c, 1) != 1 || read(r[i], &back, 1) != 1 || back != c)
            in_order = 0;
    }
    observe("nfds=%d,in_order=%s", got.nfds, yesno(in_order));
}
