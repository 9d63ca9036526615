/*
 * A socket returned by accept() inherits SO_PASSCRED from the listener.
 *
 * Covers: STR-27
 * linux: source-derived, net/unix/af_unix.c unix_sock_inherit_flags
 */
#include "probe.h"

void probe_main(void)
{
#ifdef SO_PASSCRED
    int l = uds_bound(SOCK_STREAM, "l");
    if (set_int_option(l, SOL_SOCKET, SO_PASSCRED, 1) < 0)
        setup_failed("setsockopt SO_PASSCRED");
    CHECK(listen(l, 4));
    int c = uds_connect_to(SOCK_STREAM, "l");
    (void)c;
    int a = accept(l, NULL, NULL);
    CHECK(a);
    int v;
    if (get_int_option(a, SOL_SOCKET, SO_PASSCRED, &v) < 0)
        observe_errno(errno);
    observe("%s", yesno(v != 0));
#else
    not_applicable("SO_PASSCRED not defined");
#endif
}
