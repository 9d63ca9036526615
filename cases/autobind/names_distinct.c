/*
 * Do two sockets autobound one after the other get different names?
 *
 * unix(7) "Autobind feature": each socket is autobound to an abstract name
 * of its own. "yes" when the two names (length and bytes) differ; n/a
 * outside Linux.
 * When autobind itself fails, the value is "autobind=<errno name>".
 *
 * Covers: AUTO-01, LIM-03
 * linux: unix(7) "Autobind feature"
 */
#include "probe.h"

#include <string.h>

void probe_main(void)
{
#ifdef __linux__
    struct sockaddr_un a, b;
    socklen_t alen = uds_autobind(uds_socket(SOCK_DGRAM), &a);
    socklen_t blen = uds_autobind(uds_socket(SOCK_DGRAM), &b);

    observe("%s", yesno(alen != blen || memcmp(&a, &b, alen) != 0));
#else
    not_applicable("autobind is Linux-only");
#endif
}
