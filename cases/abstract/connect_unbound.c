/*
 * connect() to an abstract name that no socket is bound to.
 *
 * The Linux source (unix_find_abstract) gives ECONNREFUSED; there is no file
 * whose absence could give ENOENT. The value is the result of connect();
 * n/a outside Linux.
 *
 * Covers: ABS-08, ERR-03
 * Types: stream, dgram, seqpacket
 * linux: source-derived, net/unix/af_unix.c unix_find_abstract
 */
#include "probe.h"

void probe_main(void)
{
#ifdef __linux__
    struct sockaddr_un sa;
    socklen_t len = uds_addr_abstract(&sa, "nobody");
    int c = uds_socket(PROBE_TYPE);

    observe_call(connect(c, (struct sockaddr *)&sa, len));
#else
    not_applicable("abstract names are Linux-only");
#endif
}
