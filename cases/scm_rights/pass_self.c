/*
 * Can a socket pass its own descriptor to its peer?
 *
 * One end of a stream socketpair is sent over itself; the peer receives a
 * descriptor for the sending socket. The value is sendmsg's errno when the
 * send fails, otherwise how many descriptors arrived and whether the first
 * is the sending socket (fstat st_dev and st_ino).
 *
 * Covers: RIGHTS-01, RIGHTS-13
 */
#include "probe.h"

#include <sys/stat.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    if (send_fds(sv[0], &sv[0], 1, "x", 1) < 0)
        observe("%s", errno_name(errno));
    char buf[4];
    struct fd_recv got;
    recv_fds(sv[1], buf, sizeof buf, CMSG_SPACE(4 * sizeof(int)), 0, &got);
    if (got.bytes < 0)
        observe("recv=%s", errno_name(got.err));
    struct stat a, b;
    int same = got.nfds > 0 && fstat(sv[0], &a) == 0 && fstat(got.fds[0], &b) == 0 &&
               a.st_dev == b.st_dev && a.st_ino == b.st_ino;
    observe("nfds=%d,same=%s", got.nfds, yesno(same));
}
