/*
 * A failing socketpair() leaves sv[] unchanged.
 *
 * socketpair(AF_UNIX, SOCK_STREAM, 7, sv) with sv preset to -2; the token
 * is "ERRNO,sv=unchanged|changed" ("ok,..." if the call succeeds).
 *
 * Covers: STR-04, STR-02
 * linux: socketpair(2) RETURN VALUE: on error sv is left unchanged (POSIX.1-2008 TC2)
 * posix: socketpair()
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2] = { -2, -2 };
    int rc = socketpair(AF_UNIX, SOCK_STREAM, 7, sv);
    const char *r = call_result(rc);
    observe("%s,sv=%s", r, sv[0] == -2 && sv[1] == -2 ? "unchanged" : "changed");
}
