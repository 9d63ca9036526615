/*
 * Are two abstract names that differ only after an inner NUL distinct?
 *
 * unix(7): the name is every sun_path byte that addrlen covers, and NULs in
 * it have no special meaning. One socket binds "<name>\0a", another
 * "<name>\0b" (same length). The value is the result of the second bind():
 * "ok" means the names are distinct, EADDRINUSE that the bytes after the NUL
 * were ignored. n/a outside Linux.
 *
 * Covers: ABS-02
 * linux: unix(7) "Address format", abstract ("Null bytes in the name have no special significance")
 */
#include "probe.h"

#ifdef __linux__
static socklen_t name_with_tail(struct sockaddr_un *sa, char tail)
{
    socklen_t len = uds_addr_abstract(sa, "nul");
    size_t end = len - sun_path_offset();
    sa->sun_path[end] = '\0';
    sa->sun_path[end + 1] = tail;
    return len + 2;
}
#endif

void probe_main(void)
{
#ifdef __linux__
    struct sockaddr_un a, b;
    socklen_t alen = name_with_tail(&a, 'a');
    socklen_t blen = name_with_tail(&b, 'b');
    int s1 = uds_socket(SOCK_DGRAM);
    CHECK(bind(s1, (struct sockaddr *)&a, alen));
    int s2 = uds_socket(SOCK_DGRAM);

    observe_call(bind(s2, (struct sockaddr *)&b, blen));
#else
    not_applicable("abstract names are Linux-only");
#endif
}
