/*
 * On a stream with SO_PASSCRED on, two writes from different processes
 * are queued; one large read: does it stop at the point where the
 * credentials change (3 bytes, the first writer's only) or merge both (6)?
 *
 * Covers: CRED-18, CRED-11
 * linux: source-derived, net/unix/af_unix.c unix_stream_read_generic (unix_skb_scm_eq)
 */
#include "cred.h"

#ifdef CRED_HAVE_SCM_CREDENTIALS
static int sv[2];

static int writer(void *arg)
{
    (void)arg;
    return send(sv[1], "def", 3, 0) == 3 ? 0 : 1;
}
#endif

void probe_main(void)
{
#ifdef CRED_HAVE_SCM_CREDENTIALS
    uds_pair(SOCK_STREAM, sv);
    CHECK(set_int_option(sv[0], SOL_SOCKET, SO_PASSCRED, 1));
    CHECK(send(sv[1], "abc", 3, 0));
    pid_t child = run_child(writer, NULL);
    if (wait_child(child, WAIT_MS) != 0)
        setup_error("writer", "the child could not write");
    char buf[16];
    struct cred_msg m;
    cred_recv(sv[0], buf, sizeof buf, MSG_DONTWAIT, &m);
    observe("%s", io_result(m.bytes));
#else
    not_applicable("SCM_CREDENTIALS is not offered here");
#endif
}
