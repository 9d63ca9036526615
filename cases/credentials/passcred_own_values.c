/*
 * A sender that fills SCM_CREDENTIALS with its own pid, uid and gid: the
 * send is accepted and the receiver (SO_PASSCRED on) gets those values.
 *
 * Covers: CRED-09, CRED-10
 * Types: stream, dgram
 * linux: unix(7) SCM_CREDENTIALS; unix(7) ERRORS EPERM
 */
#include "cred.h"

void probe_main(void)
{
#ifdef CRED_HAVE_SCM_CREDENTIALS
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    CHECK(set_int_option(sv[0], SOL_SOCKET, SO_PASSCRED, 1));
    struct ucred uc = { .pid = getpid(), .uid = getuid(), .gid = getgid() };
    if (cred_send(sv[1], &uc, "x", 1) < 0)
        observe("send=%s", errno_name(errno));
    struct cred_msg m;
    cred_received(sv[0], &m);
    observe("%s", cred_token(&m.ids, 0));
#else
    not_applicable("SCM_CREDENTIALS is not offered here");
#endif
}
