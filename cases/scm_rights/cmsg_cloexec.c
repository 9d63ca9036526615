/*
 * recvmsg(MSG_CMSG_CLOEXEC) sets close-on-exec on the received descriptors.
 *
 * A descriptor without FD_CLOEXEC is sent; the receiver passes
 * MSG_CMSG_CLOEXEC; the value is whether the received descriptor has
 * FD_CLOEXEC. n/a where the flag is not defined (macOS).
 *
 * Covers: RIGHTS-05
 * linux: recv(2) MSG_CMSG_CLOEXEC (since Linux 2.6.23)
 * freebsd: unix(4) CONTROL MESSAGES (MSG_CMSG_CLOEXEC, F_DUPFD_CLOEXEC)
 */
#include "rights.h"

#include <fcntl.h>

void probe_main(void)
{
#if defined(MSG_CMSG_CLOEXEC)
    int fl;
    const char *wrong = rights_received_fd_flags(0, MSG_CMSG_CLOEXEC, &fl);
    if (wrong != NULL)
        observe("%s", wrong);
    observe("cloexec=%s", yesno(fl & FD_CLOEXEC));
#else
    not_applicable("MSG_CMSG_CLOEXEC not defined");
#endif
}
