/*
 * setsockopt(SO_LINGER) with {on, 5 s} on an AF_UNIX stream socket, then
 * getsockopt(SO_LINGER): is the value stored and returned?
 *
 * Reports "onoff=N,linger=N" as read back, or set_ERRNO / get_ERRNO.
 * Whether lingering has any effect for AF_UNIX is not observed here.
 *
 * Covers: OPT-01
 * linux: socket(7) SO_LINGER
 * posix: <sys/socket.h> struct linger, setsockopt() SO_LINGER
 */
#include "probe.h"

void probe_main(void)
{
    int s = uds_socket(SOCK_STREAM);
    struct linger in = { .l_onoff = 1, .l_linger = 5 };
    if (setsockopt(s, SOL_SOCKET, SO_LINGER, &in, sizeof in) < 0)
        observe("set_%s", errno_name(errno));

    struct linger out = { .l_onoff = -1, .l_linger = -1 };
    socklen_t len = sizeof out;
    if (getsockopt(s, SOL_SOCKET, SO_LINGER, &out, &len) < 0)
        observe("get_%s", errno_name(errno));
    observe("onoff=%d,linger=%d", out.l_onoff != 0, out.l_linger);
}
