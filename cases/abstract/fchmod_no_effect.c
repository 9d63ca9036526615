/*
 * Does fchmod(0) on a socket bound to an abstract name stop an unprivileged
 * process from connecting to it?
 *
 * unix(7): permissions have no meaning for abstract sockets; fchmod() has no
 * effect on who can use them. The listener is bound, then fchmod(fd, 0);
 * the same unprivileged user connects. The value is the result of
 * connect(). n/a outside Linux and as root.
 *
 * Covers: ABS-04
 * linux: unix(7) "Abstract sockets" (fchown and fchmod have no effect)
 */
#include "probe.h"

#include <sys/stat.h>

void probe_main(void)
{
#ifdef __linux__
    require_unprivileged();
    struct sockaddr_un sa;
    socklen_t len = uds_addr_abstract(&sa, "mode");
    int l = uds_socket(SOCK_STREAM);
    CHECK(bind(l, (struct sockaddr *)&sa, len));
    CHECK(listen(l, 4));
    CHECK(fchmod(l, 0));
    int c = uds_socket(SOCK_STREAM);

    observe_call(connect(c, (struct sockaddr *)&sa, len));
#else
    not_applicable("abstract names are Linux-only");
#endif
}
