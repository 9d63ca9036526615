/*
 * sendto() on a connected seqpacket socket with an address naming some
 * other socket: is the address ignored (the record goes to the peer)?
 *
 * Token "ok,peer=N" (bytes the connected peer then reads), or the sendto
 * errno.
 *
 * Covers: SEQ-03, STR-20
 * linux: source-derived, net/unix/af_unix.c unix_seqpacket_sendmsg (msg_namelen set to 0)
 * freebsd: source-derived, sys/kern/uipc_usrreq.c (the address is ignored)
 */
#include "probe.h"

void probe_main(void)
{
    int c, s;
    uds_connected_pair(SOCK_SEQPACKET, "l", &c, &s);
    uds_listener(SOCK_SEQPACKET, "other", 4);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "other");
    if (sendto(c, "abc", 3, MSG_DONTWAIT, (struct sockaddr *)&sa, len) < 0)
        observe_errno(errno);
    char buf[16];
    observe("ok,peer=%s", io_result(recv(s, buf, sizeof buf, MSG_DONTWAIT)));
}
