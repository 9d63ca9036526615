/*
 * setsockopt() of the read-only peer-credential option on a connected
 * stream socket: what error?
 *
 * The option is LOCAL_PEERCRED at SOL_LOCAL where that exists (FreeBSD,
 * macOS), else SO_PEERCRED at SOL_SOCKET (Linux, OpenBSD). The value is a
 * zeroed buffer large enough for any of the credential structures; "ok"
 * would mean the write was accepted.
 *
 * Covers: OPT-16, CRED-01
 * linux: unix(7) SO_PEERCRED ("read-only"); source-derived, net/core/sock.c sk_setsockopt
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_ctloutput
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_ctloutput
 */
#include "probe.h"

#include <string.h>

void probe_main(void)
{
#if defined(LOCAL_PEERCRED) && defined(SOL_LOCAL)
    int level = SOL_LOCAL, name = LOCAL_PEERCRED;
#elif defined(SO_PEERCRED)
    int level = SOL_SOCKET, name = SO_PEERCRED;
#else
    int level = -1, name = -1;
    not_applicable("neither LOCAL_PEERCRED nor SO_PEERCRED is defined");
#endif
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    char buf[256];
    memset(buf, 0, sizeof buf);
    observe_call(setsockopt(sv[0], level, name, buf, sizeof buf));
}
