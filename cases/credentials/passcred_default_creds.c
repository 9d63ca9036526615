/*
 * SO_PASSCRED on the receiver, and a sender (a child process) that sends
 * no credentials: the receiver still gets an SCM_CREDENTIALS message with
 * the sender's pid and its real uid and gid.
 *
 * Covers: CRED-18, CRED-11, CRED-09
 * Types: stream, dgram, seqpacket
 * linux: unix(7) SO_PASSCRED ("the credentials of the sending process ... if not specified")
 */
#include "cred.h"

#include <stdio.h>

#ifdef CRED_HAVE_SCM_CREDENTIALS
static int sv[2];

static int sender(void *arg)
{
    (void)arg;
    return send(sv[1], "x", 1, 0) == 1 ? 0 : 1;
}
#endif

void probe_main(void)
{
#ifdef CRED_HAVE_SCM_CREDENTIALS
    uds_pair(PROBE_TYPE, sv);
    CHECK(set_int_option(sv[0], SOL_SOCKET, SO_PASSCRED, 1));
    pid_t child = run_child(sender, NULL);
    if (wait_child(child, WAIT_MS) != 0)
        setup_error("sender", "the child could not send");
    struct cred_msg m;
    cred_received(sv[0], &m);
    observe("%s", cred_token(&m.ids, child));
#else
    not_applicable("SCM_CREDENTIALS is not offered here");
#endif
}
