/*
 * bind() with AF_INET in sun_family and an otherwise valid pathname address.
 *
 * unix(7) ERRORS gives EINVAL ("AF_UNIX was not specified in the sun_type
 * field", meaning sun_family); the BSD sources give EAFNOSUPPORT. The value
 * is the result of bind().
 *
 * Covers: ADDR-19, ERR-06
 * linux: unix(7) ERRORS EINVAL
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_bind
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_bind
 * posix: bind() ERRORS EAFNOSUPPORT
 */
#include "probe.h"

#include <netinet/in.h>

void probe_main(void)
{
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "fam");
    sa.sun_family = AF_INET;
    int s = uds_socket(SOCK_STREAM);

    observe_call(bind(s, (struct sockaddr *)&sa, len));
}
