/*
 * Does a socket with SO_PASSCRED set, never bound, get autobound when it
 * connects?
 *
 * unix(7) SO_PASSCRED: with the option set on a socket that is not yet
 * connected, a unique abstract name is generated. The client sets
 * SO_PASSCRED, connects to a pathname listener, and reads its own name
 * with getsockname().
 * The name is reported as "nul+5hex" (a NUL then five characters from
 * [0-9a-f]), "nul+<N>hex" or "nul+<N>other" for other lengths or
 * characters, "pathname", or "unnamed" (no name bytes). n/a outside Linux.
 *
 * Covers: AUTO-03, AUTO-02
 * Types: stream, seqpacket
 * linux: unix(7) SO_PASSCRED ("a unique name in the abstract namespace will be generated")
 */
#include "probe.h"

void probe_main(void)
{
#ifdef __linux__
    int l = uds_listener(PROBE_TYPE, "srv", 4);
    (void)l;
    int c = uds_socket(PROBE_TYPE);
    CHECK(set_int_option(c, SOL_SOCKET, SO_PASSCRED, 1));
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "srv");
    CHECK(connect(c, (struct sockaddr *)&sa, len));

    struct sockaddr_un out;
    socklen_t got = sizeof out;
    CHECK(getsockname(c, (struct sockaddr *)&out, &got));
    observe("%s", uds_name_kind(&out, got));
#else
    not_applicable("autobind is Linux-only");
#endif
}
