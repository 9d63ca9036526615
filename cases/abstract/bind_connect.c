/*
 * Can a socket bind to an abstract name (sun_path[0] == '\0') and a second
 * socket of the same type connect to it?
 *
 * The value is the result of connect(); n/a outside Linux, where the
 * abstract namespace does not exist.
 *
 * Covers: ABS-01, ABS-02
 * Types: stream, dgram, seqpacket
 * linux: unix(7) "Address format", abstract
 */
#include "probe.h"

void probe_main(void)
{
#ifdef __linux__
    struct sockaddr_un sa;
    socklen_t len = uds_addr_abstract(&sa, "srv");
    int l = uds_socket(PROBE_TYPE);
    CHECK(bind(l, (struct sockaddr *)&sa, len));
    if (PROBE_TYPE != SOCK_DGRAM)
        CHECK(listen(l, 4));
    int c = uds_socket(PROBE_TYPE);

    observe_call(connect(c, (struct sockaddr *)&sa, len));
#else
    not_applicable("abstract names are Linux-only");
#endif
}
