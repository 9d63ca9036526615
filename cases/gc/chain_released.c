/*
 * Closing the socket at the head of a chain of in-flight sockets releases
 * the whole chain.
 *
 * A pipe's write end is queued in socket B, and B is queued in socket D;
 * every other descriptor is closed, then D is closed too. No cycle is
 * involved: closing D drops B, which drops the write end, so the pipe's
 * read end sees end-of-file (bounded wait). The value also says whether
 * the pipe was still open just before D was closed.
 *
 * Covers: RIGHTS-07
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
    int ab[2], cd[2];
    uds_pair(SOCK_STREAM, ab);
    uds_pair(SOCK_STREAM, cd);
    if (send_fds(ab[0], &p[1], 1, "x", 1) < 0)
        setup_failed("sendmsg of the pipe into B");
    if (send_fds(cd[0], &ab[1], 1, "x", 1) < 0)
        setup_failed("sendmsg of B into D");
    close(p[1]);
    close(ab[0]);
    close(ab[1]);
    close(cd[0]);
    int eof_before = pipe_eof_within(p[0], 0);
    close(cd[1]);
    int eof_after = pipe_eof_within(p[0], WAIT_MS);
    observe("queued_eof=%s,closed_eof=%s", yesno(eof_before), yesno(eof_after));
}
