/*
 * A privileged sender puts a pid that no process has in an
 * SCM_CREDENTIALS message.
 *
 * Unprivileged, the kernel refuses any foreign pid with EPERM before it
 * looks the pid up, so the probe runs as root. The pid 0x3ffffff0 is above
 * Linux's largest pid_max (2^22) and never exists.
 *
 * Covers: ERR-18, ERR-13
 * linux: unix(7) ERRORS ESRCH ("a PID that does not match any existing process")
 */
#include "cred.h"

void probe_main(void)
{
#ifdef CRED_HAVE_SCM_CREDENTIALS
    require_root();
    int sv[2];
    uds_pair(SOCK_DGRAM, sv);
    struct ucred cred = { .pid = 0x3ffffff0, .uid = getuid(), .gid = getgid() };
    observe("%s", io_result(cred_send(sv[0], &cred, "x", 1)));
#else
    not_applicable("SCM_CREDENTIALS is not offered here");
#endif
}
