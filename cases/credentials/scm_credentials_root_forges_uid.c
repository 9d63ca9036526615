/*
 * Root (CAP_SETUID, CAP_SETGID) claims another uid and gid (identity A)
 * in SCM_CREDENTIALS: does the receiver get those forged ids?
 *
 * Covers: CRED-10
 * linux: unix(7) SCM_CREDENTIALS ("unless it has the CAP_SETUID capability")
 */
#include "cred.h"

void probe_main(void)
{
#ifdef CRED_HAVE_SCM_CREDENTIALS
    struct identity a, b;
    require_two_identities(&a, &b);
    int sv[2];
    uds_pair(SOCK_DGRAM, sv);
    CHECK(set_int_option(sv[0], SOL_SOCKET, SO_PASSCRED, 1));
    struct ucred uc = { .pid = getpid(), .uid = a.uid, .gid = a.gid };
    if (cred_send(sv[1], &uc, "x", 1) < 0)
        observe("send=%s", errno_name(errno));
    struct cred_msg m;
    cred_received(sv[0], &m);
    observe("uid=%s,gid=%s", m.ids.uid == a.uid ? "forged" : m.ids.uid == 0 ? "real" : "other",
            m.ids.gid == a.gid ? "forged" : m.ids.gid == 0 ? "real" : "other");
#else
    not_applicable("SCM_CREDENTIALS is not offered here");
#endif
}
