/*
 * Can another socket connect to the name an autobound socket reads back?
 *
 * A listener is autobound, its name taken from getsockname(), and a client
 * connects with exactly that address and length. The value is the result of
 * connect(); n/a outside Linux.
 * When autobind itself fails, the value is "autobind=<errno name>".
 *
 * Covers: AUTO-01, AUTO-05, ABS-03
 * linux: unix(7) "Autobind feature" (an abstract address)
 */
#include "probe.h"

void probe_main(void)
{
#ifdef __linux__
    struct sockaddr_un sa;
    int l = uds_socket(SOCK_STREAM);
    socklen_t len = uds_autobind(l, &sa);
    CHECK(listen(l, 4));
    int c = uds_socket(SOCK_STREAM);

    observe_call(connect(c, (struct sockaddr *)&sa, len));
#else
    not_applicable("autobind is Linux-only");
#endif
}
