/*
 * connect() with an addrlen that stops at an inner NUL of a bound abstract
 * name: is the shorter name a different one?
 *
 * A listener binds "<name>\0tail"; the client connects with addrlen
 * covering only "<name>". Since every covered byte is part of an abstract
 * name, nothing is bound to the shorter one: expect ECONNREFUSED. The value
 * is the result of connect(); n/a outside Linux.
 *
 * Covers: ABS-02, ABS-08
 * linux: unix(7) "Address format", abstract (name = bytes covered by addrlen)
 */
#include "probe.h"

#include <string.h>

void probe_main(void)
{
#ifdef __linux__
    struct sockaddr_un sa;
    socklen_t short_len = uds_addr_abstract(&sa, "pre");
    memcpy(sa.sun_path + (short_len - sun_path_offset()), "\0tail", 5);
    socklen_t long_len = short_len + 5;

    int l = uds_socket(SOCK_STREAM);
    CHECK(bind(l, (struct sockaddr *)&sa, long_len));
    CHECK(listen(l, 4));
    int c = uds_socket(SOCK_STREAM);

    observe_call(connect(c, (struct sockaddr *)&sa, short_len));
#else
    not_applicable("abstract names are Linux-only");
#endif
}
