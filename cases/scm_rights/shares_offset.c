/*
 * A received descriptor shares the file offset with the sender's: it refers
 * to the same open file description, like dup().
 *
 * A regular file is passed; the sender writes 5 bytes through its own
 * descriptor, then the value is lseek(received, 0, SEEK_CUR): 5 when the
 * offset is shared, 0 when the receiver got a separate open.
 *
 * Covers: RIGHTS-03
 * linux: unix(7) SCM_RIGHTS ("a reference to an open file description", "equivalent to duplicating (dup(2))")
 * freebsd: unix(4) CONTROL MESSAGES ("a duplicate")
 * darwin: unix(4)
 * openbsd: unix(4)
 * netbsd: unix(4)
 */
#include "probe.h"

#include <fcntl.h>

void probe_main(void)
{
    int f = open("file", O_CREAT | O_RDWR | O_TRUNC, 0600);
    CHECK(f);
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    if (send_fds(sv[0], &f, 1, "x", 1) < 0)
        setup_failed("sendmsg SCM_RIGHTS");
    char buf[4];
    struct fd_recv got;
    recv_fds(sv[1], buf, sizeof buf, CMSG_SPACE(sizeof(int)), 0, &got);
    if (got.bytes < 0 || got.nfds != 1)
        setup_error("recvmsg", "expected one descriptor, got %d", got.nfds);

    if (write(f, "hello", 5) != 5)
        setup_failed("write");
    off_t off = lseek(got.fds[0], 0, SEEK_CUR);
    if (off < 0)
        observe("%s", errno_name(errno));
    observe("%lld", (long long)off);
}
