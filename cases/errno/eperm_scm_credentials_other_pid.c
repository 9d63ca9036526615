/*
 * An unprivileged sender puts another process's pid (1) in an
 * SCM_CREDENTIALS message.
 *
 * Only a process with CAP_SYS_ADMIN may claim a pid other than its own, so
 * the probe runs unprivileged. SCM_CREDENTIALS is Linux-only.
 *
 * Covers: ERR-13
 * linux: unix(7) ERRORS EPERM ("invalid credentials in the struct ucred")
 */
#include "cred.h"

void probe_main(void)
{
#ifdef CRED_HAVE_SCM_CREDENTIALS
    require_unprivileged();
    int sv[2];
    uds_pair(SOCK_DGRAM, sv);
    struct ucred cred = { .pid = 1, .uid = getuid(), .gid = getgid() };
    observe("%s", io_result(cred_send(sv[0], &cred, "x", 1)));
#else
    not_applicable("SCM_CREDENTIALS is not offered here");
#endif
}
