/*
 * The address length getsockname() returns for a socket bound to an
 * abstract name.
 *
 * unix(7): more than sizeof(sa_family_t), with the name in the first
 * addrlen - sizeof(sa_family_t) bytes, i.e. the length given to bind(); the
 * old page (man-pages 3.27) said sizeof(struct sockaddr_un). The value is
 * "bind_len" when length and bytes match the bound address, "sizeof" when
 * the length is sizeof(struct sockaddr_un), "other" otherwise. n/a outside
 * Linux.
 *
 * Covers: ABS-03
 * linux: unix(7) "Address format", abstract (returned addrlen)
 */
#include "probe.h"

#include <string.h>

void probe_main(void)
{
#ifdef __linux__
    struct sockaddr_un sa;
    socklen_t len = uds_addr_abstract(&sa, "len");
    int s = uds_socket(SOCK_STREAM);
    CHECK(bind(s, (struct sockaddr *)&sa, len));

    struct sockaddr_un out;
    memset(&out, 0, sizeof out);
    socklen_t got = sizeof out;
    CHECK(getsockname(s, (struct sockaddr *)&out, &got));
    if (got == len && memcmp(&out, &sa, len) == 0)
        observe("bind_len");
    if (got == sizeof out)
        observe("sizeof");
    observe("other");
#else
    not_applicable("abstract names are Linux-only");
#endif
}
