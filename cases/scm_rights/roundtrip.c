/*
 * One descriptor passed with SCM_RIGHTS arrives and refers to the same file.
 *
 * A pipe's write end goes over a socketpair of each type; the receiver gets
 * one descriptor, and fstat shows the same object as the sender's. macOS
 * unix(4) speaks only of stream sockets, OpenBSD and NetBSD of stream and
 * seqpacket; Linux and FreeBSD allow any AF_UNIX type.
 *
 * Covers: RIGHTS-01, RIGHTS-02
 * Types: stream, dgram, seqpacket
 * linux: unix(7) Ancillary messages, SCM_RIGHTS
 * freebsd: unix(4) CONTROL MESSAGES ("any protocol of the UNIX family")
 * darwin: unix(4) ("SOCK_STREAM sockets"); source-derived, bsd/kern/uipc_proto.c localsw (PR_RIGHTS on dgram)
 * openbsd: unix(4) (SOCK_STREAM and SOCK_SEQPACKET)
 * netbsd: unix(4) (SOCK_STREAM and SOCK_SEQPACKET)
 */
#include "rights.h"

void probe_main(void)
{
    int p[2];
    make_pipe(p);
    observe("%s", rights_pass_token(PROBE_TYPE, p[1]));
}
