/*
 * bind() with an address length of 1, too short to hold even the family.
 *
 * Covers: ERR-06
 * linux: unix(7) ERRORS EINVAL; bind(2) ERRORS EINVAL ("addrlen is wrong")
 * freebsd: source-derived, sys/kern/uipc_syscalls.c getsockaddr
 * darwin: source-derived, bsd/kern/uipc_syscalls.c getsockaddr
 */
#include "probe.h"

void probe_main(void)
{
    struct sockaddr_un sa;
    (void)uds_addr_path(&sa, "s");
#ifdef UDS_HAVE_SUN_LEN
    sa.sun_len = 1;
#endif
    int s = uds_socket(SOCK_STREAM);

    observe_call(bind(s, (struct sockaddr *)&sa, 1));
}
