/*
 * Can a datagram socket bind an abstract name that a stream listener
 * already holds?
 *
 * unix(7) does not say whether the abstract namespace is shared between
 * socket types. The value is the result of the datagram socket's bind():
 * "ok" means one namespace per type, EADDRINUSE one shared namespace. n/a
 * outside Linux.
 *
 * Covers: ABS-07, ABS-01
 */
#include "probe.h"

void probe_main(void)
{
#ifdef __linux__
    struct sockaddr_un sa;
    socklen_t len = uds_addr_abstract(&sa, "shared");
    int l = uds_socket(SOCK_STREAM);
    CHECK(bind(l, (struct sockaddr *)&sa, len));
    CHECK(listen(l, 4));
    int d = uds_socket(SOCK_DGRAM);

    observe_call(bind(d, (struct sockaddr *)&sa, len));
#else
    not_applicable("abstract names are Linux-only");
#endif
}
