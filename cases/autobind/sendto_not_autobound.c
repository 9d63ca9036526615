/*
 * Does an unbound datagram socket without SO_PASSCRED stay unnamed after
 * sendto()?
 *
 * The Linux source autobinds a datagram sender only when SO_PASSCRED (or
 * SO_PASSPIDFD) is set. The sender sendto()s a bound receiver, then reads
 * its own name with getsockname() (addressing/recvfrom_len_unbound_sender
 * shows what the receiver sees).
 * The name is reported as "nul+5hex" (a NUL then five characters from
 * [0-9a-f]), "nul+<N>hex" or "nul+<N>other" for other lengths or
 * characters, "pathname", or "unnamed" (no name bytes). n/a outside Linux.
 *
 * Covers: AUTO-06, ADDR-10
 * linux: source-derived, net/unix/af_unix.c unix_dgram_sendmsg (autobind only with SO_PASSCRED)
 */
#include "probe.h"

void probe_main(void)
{
#ifdef __linux__
    int r = uds_bound(SOCK_DGRAM, "rcv");
    (void)r;
    int s = uds_socket(SOCK_DGRAM);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "rcv");
    CHECK(sendto(s, "x", 1, 0, (struct sockaddr *)&sa, len));

    struct sockaddr_un out;
    socklen_t got = sizeof out;
    CHECK(getsockname(s, (struct sockaddr *)&out, &got));
    observe("%s", uds_name_kind(&out, got));
#else
    not_applicable("autobind is Linux-only");
#endif
}
