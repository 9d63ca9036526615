/*
 * bind() with addrlen == offsetof(sun_path): an address with no name bytes.
 *
 * On Linux this length (sizeof(sa_family_t)) requests autobind; the BSD
 * sources reject an empty name with EINVAL. The value is the result of
 * bind().
 *
 * Covers: ADDR-20, AUTO-01
 * linux: unix(7) "Autobind feature"
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_bind (namelen <= 0)
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_bind (namelen <= 0)
 */
#include "probe.h"

void probe_main(void)
{
    struct sockaddr_un sa;
    socklen_t len = uds_addr_bytes(&sa, "", 0, 0);
    int s = uds_socket(SOCK_STREAM);

    observe_call(bind(s, (struct sockaddr *)&sa, len));
}
