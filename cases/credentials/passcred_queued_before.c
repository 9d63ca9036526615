/*
 * A message queued before the receiver turned SO_PASSCRED on: does it
 * arrive with an SCM_CREDENTIALS message, and with which ids?
 *
 * The Linux code attaches credentials at send time only when either end
 * already had SO_PASSCRED; the receive side reports whatever was attached.
 * "creds=no", or the ids seen: pid self/0/other, and ids named
 * "overflow" when they equal kernel.overflowuid/overflowgid (what a
 * message with nothing attached shows), checked before "self" so that the
 * token is the same whichever identity runs the probe.
 *
 * Covers: CRED-18, CRED-11
 * Types: stream, dgram
 * linux: source-derived, net/unix/af_unix.c unix_maybe_add_creds / scm_recv_unix
 */
#include "cred.h"
#include "sysctl.h"

#ifdef CRED_HAVE_SCM_CREDENTIALS
static const char *id_word(long v, long overflow, long self)
{
    return v == overflow ? "overflow" : v == self ? "self" : v == -1 ? "-1" : "other";
}
#endif

void probe_main(void)
{
#ifdef CRED_HAVE_SCM_CREDENTIALS
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    CHECK(send(sv[1], "x", 1, 0));
    CHECK(set_int_option(sv[0], SOL_SOCKET, SO_PASSCRED, 1));
    struct cred_msg m;
    cred_received(sv[0], &m);
    long ou = -2, og = -2;
    read_sysctl("kernel.overflowuid", &ou);
    read_sysctl("kernel.overflowgid", &og);
    observe("pid=%s,uid=%s,gid=%s",
            m.ids.pid == getpid() ? "self" : m.ids.pid == 0 ? "0" : "other",
            id_word(m.ids.uid == (uid_t)-1 ? -1 : (long)m.ids.uid, ou, (long)getuid()),
            id_word(m.ids.gid == (gid_t)-1 ? -1 : (long)m.ids.gid, og, (long)getgid()));
#else
    not_applicable("SCM_CREDENTIALS is not offered here");
#endif
}
