/*
 * A sender puts uid -1 (no valid user) in SCM_CREDENTIALS, with its own
 * pid and gid: EPERM like any foreign uid, or a different error?
 *
 * unix(7) only names EPERM for invalid credentials; the Linux code rejects
 * ids that do not map into the sender's user namespace with EINVAL first.
 *
 * Covers: CRED-10, ERR-13
 * linux: source-derived, include/net/scm.h scm_check_creds
 */
#include "cred.h"

void probe_main(void)
{
#ifdef CRED_HAVE_SCM_CREDENTIALS
    int sv[2];
    uds_pair(SOCK_DGRAM, sv);
    struct ucred uc = { .pid = getpid(), .uid = (uid_t)-1, .gid = getgid() };
    observe("%s", io_result(cred_send(sv[0], &uc, "x", 1)));
#else
    not_applicable("SCM_CREDENTIALS is not offered here");
#endif
}
