/*
 * setsockopt(SO_ACCEPTCONN), an option documented as read-only: what error?
 *
 * The attempt is made on a listening socket, setting the value it already
 * has (1), so "ok" would mean the kernel silently accepts a write.
 *
 * Covers: OPT-10
 * linux: socket(7) SO_ACCEPTCONN (read-only)
 */
#include "probe.h"

void probe_main(void)
{
    int l = uds_listener(SOCK_STREAM, "l", 4);
    observe_call(set_int_option(l, SOL_SOCKET, SO_ACCEPTCONN, 1));
}
