/*
 * bind() with sun_family = 0 (AF_UNSPEC) and an otherwise valid pathname
 * address.
 *
 * Linux rejects every family other than AF_UNIX with EINVAL; FreeBSD's
 * source gives EAFNOSUPPORT, and macOS's source is said to accept family 0.
 * "ok" also means the file was made. The value is the result of bind().
 *
 * Covers: ADDR-19
 * linux: unix(7) ERRORS EINVAL
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_bind
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_bind
 */
#include "probe.h"

void probe_main(void)
{
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "unspec");
    sa.sun_family = AF_UNSPEC;
    int s = uds_socket(SOCK_STREAM);

    observe_call(bind(s, (struct sockaddr *)&sa, len));
}
