/*
 * socketpair(AF_UNIX, SOCK_SEQPACKET) gives two connected ends that carry
 * records both ways.
 *
 * The token is "a2b=N,b2a=M": bytes read on each end after a 3-byte record
 * one way and a 2-byte record the other.
 *
 * Covers: SEQ-10
 * linux: source-derived, net/unix/af_unix.c unix_socketpair (unix_seqpacket_ops)
 * freebsd: source-derived, sys/kern/uipc_usrreq.c (PR_CONNREQUIRED seqpacket protosw with pr_connect2)
 */
#include "probe.h"

#include <stdio.h>

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_SEQPACKET, sv);
    if (send(sv[0], "abc", 3, 0) != 3 || send(sv[1], "de", 2, 0) != 2)
        setup_failed("send");
    char buf[16], a[32];
    snprintf(a, sizeof a, "%s", io_result(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT)));
    observe("a2b=%s,b2a=%s", a, io_result(recv(sv[0], buf, sizeof buf, MSG_DONTWAIT)));
}
