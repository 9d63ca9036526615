/*
 * Does an unbound client without SO_PASSCRED stay unnamed after connect()?
 *
 * unix(7) unnamed: a stream socket that has not been bound has no name; the
 * Linux source autobinds on connect() only with SO_PASSCRED (or
 * SO_PASSPIDFD). The client connects to a pathname listener and reads its
 * own name with getsockname().
 * The name is reported as "nul+5hex" (a NUL then five characters from
 * [0-9a-f]), "nul+<N>hex" or "nul+<N>other" for other lengths or
 * characters, "pathname", or "unnamed" (no name bytes). n/a outside Linux.
 *
 * Covers: AUTO-06, ADDR-12
 * Types: stream, seqpacket
 * linux: unix(7) "Address format", unnamed
 */
#include "probe.h"

void probe_main(void)
{
#ifdef __linux__
    int l = uds_listener(PROBE_TYPE, "srv", 4);
    (void)l;
    int c = uds_connect_to(PROBE_TYPE, "srv");

    struct sockaddr_un out;
    socklen_t got = sizeof out;
    CHECK(getsockname(c, (struct sockaddr *)&out, &got));
    observe("%s", uds_name_kind(&out, got));
#else
    not_applicable("autobind is Linux-only");
#endif
}
