/*
 * Can another socket connect to the name an autobound socket reads back?
 *
 * A listener is autobound, its name taken from getsockname(), and a client
 * connects with exactly that address and length. The value is the result of
 * connect(); n/a outside Linux.
 *
 * Covers: AUTO-01, AUTO-05, ABS-03
 * linux: unix(7) "Autobind feature" (an abstract address)
 */
#include "probe.h"

void probe_main(void)
{
#ifdef __linux__
    struct sockaddr_un sa;
    uds_addr_bytes(&sa, "", 0, 0);
    int l = uds_socket(SOCK_STREAM);
    CHECK(bind(l, (struct sockaddr *)&sa, sizeof(sa_family_t)));
    CHECK(listen(l, 4));
    socklen_t len = sizeof sa;
    CHECK(getsockname(l, (struct sockaddr *)&sa, &len));
    int c = uds_socket(SOCK_STREAM);

    observe_call(connect(c, (struct sockaddr *)&sa, len));
#else
    not_applicable("autobind is Linux-only");
#endif
}
