/*
 * What name does autobind choose?
 *
 * The socket is autobound (bind() with addrlen == sizeof(sa_family_t)) and
 * its name read back with getsockname(). unix(7): a NUL followed by five
 * bytes from [0-9a-f] (eight before Linux 2.3.15), so 2^20 names.
 * The name is reported as "nul+5hex" (a NUL then five characters from
 * [0-9a-f]), "nul+<N>hex" or "nul+<N>other" for other lengths or
 * characters, "pathname", or "unnamed" (no name bytes). n/a outside Linux.
 * When autobind itself fails, the value is "autobind=<errno name>".
 *
 * Covers: AUTO-02, LIM-03, AUTO-01
 * linux: unix(7) "Autobind feature"
 */
#include "probe.h"

void probe_main(void)
{
#ifdef __linux__
    struct sockaddr_un name;
    socklen_t got = uds_autobind(uds_socket(SOCK_DGRAM), &name);
    observe("%s", uds_name_kind(&name, got));
#else
    not_applicable("autobind is Linux-only");
#endif
}
