/*
 * Is a socket autobound as soon as SO_PASSCRED is set, before it connects or
 * sends?
 *
 * unix(7) SO_PASSCRED reads as if the name were generated when the option is
 * set; the current Linux source autobinds only at the next connect() or
 * sendmsg(). getsockname() is called right after setsockopt().
 * The name is reported as "nul+5hex" (a NUL then five characters from
 * [0-9a-f]), "nul+<N>hex" or "nul+<N>other" for other lengths or
 * characters, "pathname", or "unnamed" (no name bytes). n/a outside Linux.
 *
 * Covers: AUTO-03
 * Types: stream, dgram
 * linux: unix(7) SO_PASSCRED ("When this option is set and the socket is not yet connected, a unique name ... will be generated")
 */
#include "probe.h"

void probe_main(void)
{
#ifdef __linux__
    int s = uds_socket(PROBE_TYPE);
    CHECK(set_int_option(s, SOL_SOCKET, SO_PASSCRED, 1));

    struct sockaddr_un out;
    socklen_t got = sizeof out;
    CHECK(getsockname(s, (struct sockaddr *)&out, &got));
    observe("%s", uds_name_kind(&out, got));
#else
    not_applicable("autobind is Linux-only");
#endif
}
