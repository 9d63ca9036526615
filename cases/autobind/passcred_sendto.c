/*
 * Does an unbound datagram socket with SO_PASSCRED get autobound when it
 * sends, as seen by the receiver?
 *
 * unix(7) SO_PASSCRED: with the option set, an unbound socket gets an
 * abstract name. The sender sets SO_PASSCRED and sendto()s a bound
 * receiver; the value describes the source address recvfrom() returns.
 * The name is reported as "nul+5hex" (a NUL then five characters from
 * [0-9a-f]), "nul+<N>hex" or "nul+<N>other" for other lengths or
 * characters, "pathname", or "unnamed" (no name bytes). n/a outside Linux.
 *
 * Covers: AUTO-03, AUTO-02, ADDR-10
 * linux: unix(7) SO_PASSCRED ("a unique name in the abstract namespace will be generated")
 */
#include "probe.h"

void probe_main(void)
{
#ifdef __linux__
    int r = uds_bound(SOCK_DGRAM, "rcv");
    int s = uds_socket(SOCK_DGRAM);
    CHECK(set_int_option(s, SOL_SOCKET, SO_PASSCRED, 1));
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "rcv");
    CHECK(sendto(s, "x", 1, 0, (struct sockaddr *)&sa, len));

    char buf[4];
    struct sockaddr_un out;
    socklen_t got = sizeof out;
    CHECK(recvfrom(r, buf, sizeof buf, 0, (struct sockaddr *)&out, &got));
    observe("%s", uds_name_kind(&out, got));
#else
    not_applicable("autobind is Linux-only");
#endif
}
