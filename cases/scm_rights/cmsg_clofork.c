/*
 * recvmsg(MSG_CMSG_CLOFORK) sets close-on-fork (FD_CLOFORK) on the
 * received descriptors.
 *
 * A descriptor without FD_CLOFORK is sent; the receiver passes
 * MSG_CMSG_CLOFORK; the value is whether the received descriptor has
 * FD_CLOFORK. n/a where MSG_CMSG_CLOFORK or FD_CLOFORK is not defined
 * (FreeBSD before 15, Linux, macOS).
 *
 * Covers: RIGHTS-06
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_externalize (MSG_CMSG_CLOFORK, O_CLOFORK)
 */
#include "rights.h"

#include <fcntl.h>

void probe_main(void)
{
#if defined(MSG_CMSG_CLOFORK) && defined(FD_CLOFORK)
    int fl;
    const char *wrong = rights_received_fd_flags(0, MSG_CMSG_CLOFORK, &fl);
    if (wrong != NULL)
        observe("%s", wrong);
    observe("clofork=%s", yesno(fl & FD_CLOFORK));
#else
    not_applicable("MSG_CMSG_CLOFORK or FD_CLOFORK not defined");
#endif
}
