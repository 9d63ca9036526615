/*
 * An unprivileged sender names a pid that no process has: which check
 * comes first, the permission check (EPERM) or the lookup (ESRCH)?
 *
 * unix(7) lists both errors; the pid 0x3ffffff0 is above Linux's largest
 * pid_max (2^22). As root the answer is ESRCH (errno/esrch_scm_credentials_no_such_pid).
 *
 * Covers: CRED-10, ERR-13, ERR-18
 * linux: unix(7) ERRORS EPERM, ESRCH
 */
#include "cred.h"

void probe_main(void)
{
#ifdef CRED_HAVE_SCM_CREDENTIALS
    require_unprivileged();
    int sv[2];
    uds_pair(SOCK_DGRAM, sv);
    struct ucred uc = { .pid = 0x3ffffff0, .uid = getuid(), .gid = getgid() };
    observe("%s", io_result(cred_send(sv[0], &uc, "x", 1)));
#else
    not_applicable("SCM_CREDENTIALS is not offered here");
#endif
}
