/*
 * bind() a second socket of the same type to an abstract name that is in use.
 *
 * unix(7) ERRORS: EADDRINUSE, "the specified local address is already in
 * use". The value is the result of the second bind(); n/a outside Linux.
 *
 * Covers: ABS-07, ERR-01
 * Types: stream, dgram
 * linux: unix(7) ERRORS EADDRINUSE
 */
#include "probe.h"

void probe_main(void)
{
#ifdef __linux__
    struct sockaddr_un sa;
    socklen_t len = uds_addr_abstract(&sa, "dup");
    int s1 = uds_socket(PROBE_TYPE);
    CHECK(bind(s1, (struct sockaddr *)&sa, len));
    int s2 = uds_socket(PROBE_TYPE);

    observe_call(bind(s2, (struct sockaddr *)&sa, len));
#else
    not_applicable("abstract names are Linux-only");
#endif
}
