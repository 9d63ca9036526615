/*
 * SO_PASSCRED set on the sending socket only: does the receiver, which did
 * not ask, get an SCM_CREDENTIALS message?
 *
 * Linux attaches credentials to the message when either end has the
 * option, but delivers them only to a receiver that has it.
 *
 * Covers: CRED-11, CRED-18
 * Types: stream, dgram
 * linux: unix(7) SO_PASSCRED (enables receiving); source-derived, net/unix/af_unix.c unix_maybe_add_creds
 */
#include "cred.h"

void probe_main(void)
{
#ifdef CRED_HAVE_SCM_CREDENTIALS
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    CHECK(set_int_option(sv[1], SOL_SOCKET, SO_PASSCRED, 1));
    CHECK(send(sv[1], "x", 1, 0));
    char buf[8];
    struct cred_msg m;
    cred_recv(sv[0], buf, sizeof buf, MSG_DONTWAIT, &m);
    if (m.bytes < 0)
        observe("recv=%s", errno_name(m.err));
    observe("creds=%s", yesno(m.ncreds > 0));
#else
    not_applicable("SCM_CREDENTIALS is not offered here");
#endif
}
