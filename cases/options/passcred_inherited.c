/*
 * Does the accepted socket inherit the listener's credential-passing flag?
 *
 * The flag is SO_PASSCRED at SOL_SOCKET (Linux), or LOCAL_CREDS at
 * SOL_LOCAL (FreeBSD, NetBSD). It is set on the listener before the client
 * connects, then read on the accepted socket: 1 (inherited) or 0.
 *
 * Covers: STR-27, CRED-11
 * linux: source-derived, net/unix/af_unix.c unix_sock_inherit_flags
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_copy_peercred
 */
#include "kconst.h"

void probe_main(void)
{
#if defined(SO_PASSCRED)
    int level = SOL_SOCKET, name = SO_PASSCRED;
#elif defined(LOCAL_CREDS) && defined(SOL_LOCAL)
    int level = SOL_LOCAL, name = LOCAL_CREDS;
#else
    int level = -1, name = -1;
    not_applicable("neither SO_PASSCRED nor LOCAL_CREDS is defined");
#endif
    int l = uds_listener(SOCK_STREAM, "l", 4);
    CHECK(set_int_option(l, level, name, 1));
    int c = uds_connect_to(SOCK_STREAM, "l");
    (void)c;
    int a = accept(l, NULL, NULL);
    CHECK(a);
    int v;
    if (get_int_option(a, level, name, &v) < 0)
        observe_errno(errno);
    observe("%d", v != 0);
}
