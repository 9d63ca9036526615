/*
 * Do two sockets autobound one after the other get different names?
 *
 * unix(7) "Autobind feature": each socket is autobound to an abstract name
 * of its own. "yes" when the two names (length and bytes) differ; n/a
 * outside Linux.
 *
 * Covers: AUTO-01, LIM-03
 * linux: unix(7) "Autobind feature"
 */
#include "probe.h"

#include <string.h>

#ifdef __linux__
static socklen_t autobound(int s, struct sockaddr_un *out)
{
    struct sockaddr_un sa;
    uds_addr_bytes(&sa, "", 0, 0);
    CHECK(bind(s, (struct sockaddr *)&sa, sizeof(sa_family_t)));
    memset(out, 0, sizeof *out);
    socklen_t got = sizeof *out;
    CHECK(getsockname(s, (struct sockaddr *)out, &got));
    return got;
}
#endif

void probe_main(void)
{
#ifdef __linux__
    struct sockaddr_un a, b;
    socklen_t alen = autobound(uds_socket(SOCK_DGRAM), &a);
    socklen_t blen = autobound(uds_socket(SOCK_DGRAM), &b);

    observe("%s", yesno(alen != blen || memcmp(&a, &b, alen) != 0));
#else
    not_applicable("autobind is Linux-only");
#endif
}
