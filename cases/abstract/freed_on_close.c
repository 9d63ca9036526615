/*
 * Is an abstract name free again once its only socket is closed?
 *
 * unix(7): abstract sockets disappear when all open references are closed.
 * A socket binds a name and is closed; a new socket binds the same name. The
 * value is the result of that second bind(); n/a outside Linux.
 *
 * Covers: ABS-05
 * linux: unix(7) "Abstract sockets" ("automatically disappear")
 */
#include "probe.h"

void probe_main(void)
{
#ifdef __linux__
    struct sockaddr_un sa;
    socklen_t len = uds_addr_abstract(&sa, "again");
    int s1 = uds_socket(SOCK_STREAM);
    CHECK(bind(s1, (struct sockaddr *)&sa, len));
    CHECK(listen(s1, 4));
    close(s1);
    int s2 = uds_socket(SOCK_STREAM);

    observe_call(bind(s2, (struct sockaddr *)&sa, len));
#else
    not_applicable("abstract names are Linux-only");
#endif
}
