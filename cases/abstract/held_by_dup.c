/*
 * Does a duplicated descriptor keep an abstract name bound after the
 * original descriptor is closed?
 *
 * unix(7): the name disappears only when all open references are closed. A
 * socket binds a name, is dup()ed, and the original is closed; a new socket
 * binds the same name. The value is the result of that bind(): EADDRINUSE
 * while the duplicate lives. n/a outside Linux.
 *
 * Covers: ABS-05, ABS-07
 * linux: unix(7) "Abstract sockets" ("when all open references to the socket are closed")
 */
#include "probe.h"

void probe_main(void)
{
#ifdef __linux__
    struct sockaddr_un sa;
    socklen_t len = uds_addr_abstract(&sa, "held");
    int s1 = uds_socket(SOCK_DGRAM);
    CHECK(bind(s1, (struct sockaddr *)&sa, len));
    int keep = dup(s1);
    CHECK(keep);
    close(s1);
    int s2 = uds_socket(SOCK_DGRAM);

    observe_call(bind(s2, (struct sockaddr *)&sa, len));
#else
    not_applicable("abstract names are Linux-only");
#endif
}
