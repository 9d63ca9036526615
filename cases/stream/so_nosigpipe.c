/*
 * With SO_NOSIGPIPE set, send() after the peer closed gives EPIPE without
 * SIGPIPE.
 *
 * The token is "<send result>,sigpipe=<count>", or the setsockopt errno as
 * "setsockopt=ERR".
 *
 * Covers: STR-15
 * freebsd: source-derived, sys/kern/uipc_syscalls.c kern_sendit (SO_NOSIGPIPE)
 * darwin: source-derived, bsd/kern/uipc_syscalls.c sendit (SO_NOSIGPIPE)
 */
#include "probe.h"

#include <signal.h>

void probe_main(void)
{
#ifdef SO_NOSIGPIPE
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    if (set_int_option(sv[0], SOL_SOCKET, SO_NOSIGPIPE, 1) < 0)
        observe("setsockopt=%s", errno_name(errno));
    close(sv[1]);
    count_signal(SIGPIPE);
    ssize_t n = send(sv[0], "x", 1, 0);
    observe("%s,sigpipe=%d", io_result(n), signal_count(SIGPIPE));
#else
    not_applicable("SO_NOSIGPIPE not defined");
#endif
}
