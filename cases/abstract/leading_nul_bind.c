/*
 * What does bind() do with an address whose sun_path starts with a NUL?
 *
 * Runs on every OS, as a portability check: Linux binds the abstract name;
 * the BSD sources take the bytes as an (empty) pathname, expected to fail
 * with ENOENT. The address is the same one abstract probes use: a NUL, then
 * a unique name, addrlen covering exactly those bytes. The value is the
 * result of bind().
 *
 * Covers: ABS-09, ABS-01
 * linux: unix(7) "Address format", abstract
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_bind (empty path to namei)
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_bind (empty path to namei)
 */
#include "probe.h"

void probe_main(void)
{
    struct sockaddr_un sa;
    socklen_t len = uds_addr_abstract(&sa, "lead");
    int s = uds_socket(SOCK_STREAM);

    observe_call(bind(s, (struct sockaddr *)&sa, len));
}
