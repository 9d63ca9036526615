/*
 * bind() an AF_UNIX socket to an address whose family field says AF_INET
 * (the rest is a valid pathname address).
 *
 * POSIX and the BSD sources give EAFNOSUPPORT; Linux documents EINVAL.
 *
 * Covers: ERR-27, ERR-06, ADDR-19
 * linux: unix(7) ERRORS EINVAL ("AF_UNIX was not specified in the sun_type field")
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_bindat
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_bind
 * posix: bind() ERRORS EAFNOSUPPORT
 */
#include "probe.h"

void probe_main(void)
{
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "s");
    sa.sun_family = AF_INET;
    int s = uds_socket(SOCK_STREAM);

    observe_call(bind(s, (struct sockaddr *)&sa, len));
}
