/*
 * An unprivileged sender claims another uid (0) in SCM_CREDENTIALS, with
 * its own pid and gid.
 *
 * Without CAP_SETUID the uid must be the sender's real, effective or
 * saved uid, so the kernel should refuse the send.
 *
 * Covers: CRED-10, ERR-13
 * linux: unix(7) SCM_CREDENTIALS (uid must match unless CAP_SETUID); unix(7) ERRORS EPERM
 */
#include "cred.h"

void probe_main(void)
{
#ifdef CRED_HAVE_SCM_CREDENTIALS
    require_unprivileged();
    int sv[2];
    uds_pair(SOCK_DGRAM, sv);
    struct ucred uc = { .pid = getpid(), .uid = 0, .gid = getgid() };
    observe("%s", io_result(cred_send(sv[0], &uc, "x", 1)));
#else
    not_applicable("SCM_CREDENTIALS is not offered here");
#endif
}
