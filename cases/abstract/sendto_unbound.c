/*
 * sendto() a datagram to an abstract name that no socket is bound to.
 *
 * The Linux source (unix_find_abstract) gives ECONNREFUSED. The value is the
 * result of sendto(): the byte count, or the errno name. n/a outside Linux.
 *
 * Covers: ABS-08, ERR-03
 * linux: source-derived, net/unix/af_unix.c unix_find_abstract
 */
#include "probe.h"

void probe_main(void)
{
#ifdef __linux__
    struct sockaddr_un sa;
    socklen_t len = uds_addr_abstract(&sa, "nobody");
    int s = uds_socket(SOCK_DGRAM);

    observe("%s", io_result(sendto(s, "x", 1, 0, (struct sockaddr *)&sa, len)));
#else
    not_applicable("abstract names are Linux-only");
#endif
}
