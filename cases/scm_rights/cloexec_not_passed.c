/*
 * FD_CLOEXEC is a per-descriptor flag and does not travel with the
 * descriptor: a close-on-exec descriptor arrives without it.
 *
 * The sender marks the descriptor FD_CLOEXEC before sending; the value is
 * whether the received descriptor has FD_CLOEXEC (recvmsg without
 * MSG_CMSG_CLOEXEC).
 *
 * Covers: RIGHTS-04
 * freebsd: unix(4) CONTROL MESSAGES (received as if by dup(2))
 * darwin: unix(4) ("close-on-exec flag is not passed to a receiver")
 * openbsd: unix(4)
 * netbsd: unix(4)
 */
#include "rights.h"

#include <fcntl.h>

void probe_main(void)
{
    int fl;
    const char *wrong = rights_received_fd_flags(FD_CLOEXEC, 0, &fl);
    if (wrong != NULL)
        setup_error("recvmsg", "expected one descriptor: %s", wrong);
    observe("cloexec=%s", yesno(fl & FD_CLOEXEC));
}
