/*
 * An unprivileged sender claims the pid of its own child (a live process
 * it has every right to signal) in SCM_CREDENTIALS, on a stream pair.
 *
 * Without CAP_SYS_ADMIN only the sender's own pid is allowed, whatever the
 * relation to the other process.
 *
 * Covers: CRED-10, ERR-13
 * linux: unix(7) SCM_CREDENTIALS (pid must match unless CAP_SYS_ADMIN); unix(7) ERRORS EPERM
 */
#include "cred.h"

void probe_main(void)
{
#ifdef CRED_HAVE_SCM_CREDENTIALS
    require_unprivileged();
    int release;
    pid_t child = run_idle_child(&release);
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    struct ucred uc = { .pid = child, .uid = getuid(), .gid = getgid() };
    ssize_t rc = cred_send(sv[0], &uc, "x", 1);
    int err = errno;
    close(release);
    wait_child(child, WAIT_MS);
    errno = err;
    observe("%s", io_result(rc));
#else
    not_applicable("SCM_CREDENTIALS is not offered here");
#endif
}
