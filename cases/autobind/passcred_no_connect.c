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

#include <stdio.h>

#ifdef __linux__
static const char *name_kind(const struct sockaddr_un *sa, socklen_t len)
{
    static char buf[32];
    size_t off = sun_path_offset();
    if (len <= off)
        return "unnamed";
    if (sa->sun_path[0] != '\0')
        return "pathname";
    size_t n = len - off - 1, hex = 0;
    if (n > sun_path_size() - 1)
        n = sun_path_size() - 1;
    for (size_t i = 1; i <= n; i++) {
        char ch = sa->sun_path[i];
        hex += (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f');
    }
    snprintf(buf, sizeof buf, "nul+%zu%s", n, hex == n ? "hex" : "other");
    return buf;
}
#endif

void probe_main(void)
{
#ifdef __linux__
    int s = uds_socket(PROBE_TYPE);
    CHECK(set_int_option(s, SOL_SOCKET, SO_PASSCRED, 1));

    struct sockaddr_un out;
    socklen_t got = sizeof out;
    CHECK(getsockname(s, (struct sockaddr *)&out, &got));
    observe("%s", name_kind(&out, got));
#else
    not_applicable("autobind is Linux-only");
#endif
}
