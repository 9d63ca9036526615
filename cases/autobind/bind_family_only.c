/*
 * bind() with addrlen == sizeof(sa_family_t): does the kernel autobind the
 * socket to a name of its choosing?
 *
 * unix(7) "Autobind feature". The value is the result of bind(); n/a
 * outside Linux (see addressing/bind_addrlen_offset for the portable
 * question).
 *
 * Covers: AUTO-01, ADDR-20
 * Types: stream, dgram, seqpacket
 * linux: unix(7) "Autobind feature"
 */
#include "probe.h"

void probe_main(void)
{
#ifdef __linux__
    struct sockaddr_un sa;
    uds_addr_bytes(&sa, "", 0, 0);
    int s = uds_socket(PROBE_TYPE);

    observe_call(bind(s, (struct sockaddr *)&sa, sizeof(sa_family_t)));
#else
    not_applicable("autobind is Linux-only");
#endif
}
