/*
 * Root (CAP_SYS_ADMIN) claims another live process's pid (its child) in
 * SCM_CREDENTIALS: is the send accepted, and what pid does the receiver
 * see?
 *
 * pid=child means the forged pid is delivered as given.
 *
 * Covers: CRED-10
 * linux: unix(7) SCM_CREDENTIALS ("unless it has the CAP_SYS_ADMIN capability")
 */
#include "cred.h"

void probe_main(void)
{
#ifdef CRED_HAVE_SCM_CREDENTIALS
    require_root();
    int release;
    pid_t child = run_idle_child(&release);
    int sv[2];
    uds_pair(SOCK_DGRAM, sv);
    CHECK(set_int_option(sv[0], SOL_SOCKET, SO_PASSCRED, 1));
    struct ucred uc = { .pid = child, .uid = getuid(), .gid = getgid() };
    ssize_t rc = cred_send(sv[1], &uc, "x", 1);
    int err = errno;
    char buf[8];
    struct cred_msg m;
    if (rc >= 0)
        cred_recv(sv[0], buf, sizeof buf, MSG_DONTWAIT, &m);
    close(release);
    wait_child(child, WAIT_MS);
    if (rc < 0)
        observe("send=%s", errno_name(err));
    if (m.bytes < 0)
        observe("recv=%s", errno_name(m.err));
    if (m.ncreds == 0)
        observe("creds=no");
    observe("%s", cred_token(&m.ids, child));
#else
    not_applicable("SCM_CREDENTIALS is not offered here");
#endif
}
