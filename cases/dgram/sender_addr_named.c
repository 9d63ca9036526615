/*
 * recvfrom() on a datagram from a sender bound to a pathname: the address
 * length returned, relative to offsetof(struct sockaddr_un, sun_path), and
 * whether the path is the one the sender bound.
 *
 * The sender binds "sender" with an address length that counts the
 * terminating NUL (the unix(7) recommendation). Linux returns
 * offsetof + strlen + 1; a length without the NUL would show as off+6.
 *
 * Covers: DGR-17, ADDR-09
 * linux: unix(7) Address format (pathname: offsetof(struct sockaddr_un, sun_path) + strlen(sun_path) + 1)
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_soreceive_dgram (the sender's bound address)
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_send (unp_addr of the sender)
 */
#include "dgram.h"

#include <string.h>

void probe_main(void)
{
    struct sockaddr_un to;
    socklen_t tolen = uds_addr_path(&to, "r");
    int r = uds_bound(SOCK_DGRAM, "r");
    int s = uds_bound(SOCK_DGRAM, "sender");
    CHECK(sendto(s, "x", 1, 0, (struct sockaddr *)&to, tolen));

    union { struct sockaddr_un un; char pad[512]; } from;
    memset(&from, 0, sizeof from);
    socklen_t fromlen = sizeof from;
    char c;
    CHECK(recvfrom(r, &c, 1, MSG_DONTWAIT, (struct sockaddr *)&from, &fromlen));

    int match = from.un.sun_family == AF_UNIX &&
                fromlen > sun_path_offset() &&
                strcmp(from.un.sun_path, "sender") == 0;
    observe("len=%s,path=%s", dgram_len_rel(fromlen), match ? "match" : "differs");
}
