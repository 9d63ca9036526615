/*
 * Descriptors still in flight are closed when the receiving socket is
 * closed without reading them.
 *
 * A pipe's write end is sent and closed locally, so the in-flight copy is
 * the only write end left. While the message is queued the pipe's read end
 * must not see end-of-file; once the receiving socket is closed (the
 * sender stays open) it must, within a bounded wait.
 *
 * Covers: RIGHTS-07
 * Types: stream, dgram, seqpacket
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
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    if (send_fds(sv[0], &p[1], 1, "x", 1) < 0)
        setup_failed("sendmsg SCM_RIGHTS");
    close(p[1]);
    int eof_before = pipe_eof_within(p[0], 0);
    close(sv[1]);
    int eof_after = pipe_eof_within(p[0], WAIT_MS);
    observe("queued_eof=%s,closed_eof=%s", yesno(eof_before), yesno(eof_after));
}
