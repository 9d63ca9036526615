/*
 * Descriptors queued on a connection that was never accepted are closed
 * when the listener is closed.
 *
 * A client connects and, before accept(), sends a pipe's write end, then
 * the local write end is closed. While the listener is open the pipe must
 * not see end-of-file; once the listener is closed (the client stays open)
 * the unaccepted connection goes away and so must the descriptor in it.
 *
 * Covers: RIGHTS-07
 * Types: stream, seqpacket
 * linux: unix(7) SCM_RIGHTS (descriptors not received are closed)
 * freebsd: unix(4) CONTROL MESSAGES
 * darwin: unix(4)
 * openbsd: unix(4)
 * netbsd: unix(4)
 */
#include "probe.h"

void probe_main(void)
{
    int p[2];
    make_pipe(p);
    int l = uds_listener(PROBE_TYPE, "l", 4);
    int c = uds_connect_to(PROBE_TYPE, "l");
    if (send_fds(c, &p[1], 1, "x", 1) < 0)
        setup_failed("sendmsg into the embryo");
    close(p[1]);
    int eof_before = pipe_eof_within(p[0], 0);
    close(l);
    int eof_after = pipe_eof_within(p[0], WAIT_MS);
    observe("queued_eof=%s,closed_eof=%s", yesno(eof_before), yesno(eof_after));
}
