/*
 * The receiver may hold only two more descriptors (RLIMIT_NOFILE) when a
 * message with four arrives.
 *
 * The soft RLIMIT_NOFILE is lowered so that exactly two descriptor numbers
 * are free below it; then a message carrying four descriptors is received.
 * unix(7): the excess descriptors are closed. FreeBSD's and macOS's sources
 * discard them all and fail the receive (EMSGSIZE on macOS). The value:
 * recvmsg's byte count or errno, descriptors found, MSG_CTRUNC, and how
 * many more descriptors the process has than it was told about (leaked).
 *
 * Covers: RIGHTS-10
 * linux: unix(7) SCM_RIGHTS ("the excess file descriptors are automatically closed")
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_externalize (fdallocn)
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_externalize
 */
#include "probe.h"

#include <sys/resource.h>

void probe_main(void)
{
    int p[2];
    make_pipe(p);
    int fds[4] = { p[0], p[1], p[0], p[1] };
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    if (send_fds(sv[0], fds, 4, "x", 1) < 0)
        setup_failed("sendmsg of 4 descriptors");

    /* The lowest limit that leaves exactly two free descriptor numbers. */
    int free_seen = 0, limit = 0;
    for (int fd = 0; free_seen < 2; fd++) {
        if (!fd_is_open(fd))
            free_seen++;
        limit = fd + 1;
    }
    struct rlimit old, rl;
    CHECK(getrlimit(RLIMIT_NOFILE, &old));
    rl = old;
    rl.rlim_cur = (rlim_t)limit;
    CHECK(setrlimit(RLIMIT_NOFILE, &rl));

    int before = count_open_fds();
    char buf[4];
    struct fd_recv got;
    recv_fds(sv[1], buf, sizeof buf, CMSG_SPACE(4 * sizeof(int)), 0, &got);
    CHECK(setrlimit(RLIMIT_NOFILE, &old));
    int after = count_open_fds();
    if (got.bytes < 0)
        observe("recv=%s,leaked=%d", errno_name(got.err), after - before);
    observe("recv=%zd,nfds=%d,ctrunc=%s,leaked=%d", got.bytes, got.nfds,
            yesno(got.msg_flags & MSG_CTRUNC), after - before - got.nfds);
}
