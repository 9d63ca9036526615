/*
 * A received descriptor shares the file status flags (O_APPEND) with the
 * sender's: setting O_APPEND through one is seen through the other.
 *
 * Status flags belong to the open file description, so a dup()-like passing
 * shares them. The sender sets O_APPEND with fcntl(F_SETFL) after the
 * descriptor is received; the value says whether F_GETFL on the received
 * descriptor shows it.
 *
 * Covers: RIGHTS-03
 * linux: unix(7) SCM_RIGHTS ("a reference to an open file description")
 * freebsd: unix(4) CONTROL MESSAGES ("a duplicate")
 * darwin: unix(4)
 * openbsd: unix(4)
 * netbsd: unix(4)
 */
#include "probe.h"

#include <fcntl.h>

void probe_main(void)
{
    int f = open("file", O_CREAT | O_WRONLY | O_TRUNC, 0600);
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

    int fl = fcntl(f, F_GETFL);
    CHECK(fl);
    CHECK(fcntl(f, F_SETFL, fl | O_APPEND));
    int rfl = fcntl(got.fds[0], F_GETFL);
    if (rfl < 0)
        observe("%s", errno_name(errno));
    observe("append=%s", yesno(rfl & O_APPEND));
}
