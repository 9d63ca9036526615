/*
 * connect() through a relative path that fills all of sun_path with no NUL
 * (addrlen = sizeof(struct sockaddr_un)).
 *
 * The listener is bound with the same address when the OS allows it (its
 * bind result is the subject of bind_path_full_no_nul; a failed bind leaves
 * nothing to connect to). The value is the result of the client's connect().
 *
 * Covers: LIM-02, ADDR-14, ADDR-15
 * linux: unix(7) BUGS (sun_path not NUL-terminated, 108 bytes used)
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_connect
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_connect
 */
#include "probe.h"

#include <string.h>

void probe_main(void)
{
    char name[sizeof ((struct sockaddr_un *)0)->sun_path];
    size_t n = sun_path_size();
    memset(name, 'q', n);

    struct sockaddr_un sa;
    socklen_t len = uds_addr_bytes(&sa, name, n, 0);
    int l = uds_socket(SOCK_STREAM);
    if (bind(l, (struct sockaddr *)&sa, len) == 0)
        CHECK(listen(l, 4));

    int c = uds_socket(SOCK_STREAM);
    observe_call(connect(c, (struct sockaddr *)&sa, len));
}
