/*
 * The process holding the other end of a connection dies: a write on
 * this end fails with EPIPE and raises SIGPIPE (counted, not fatal).
 *
 * Reported as ERRNO,sigpipe=N.
 *
 * Covers: STR-15, ERR-14
 * Types: stream, seqpacket
 * linux: unix(7) ERRORS EPIPE; socket(7) Signals (connection-oriented sockets); send(2) ERRORS EPIPE
 * freebsd: source-derived, sys/kern/uipc_syscalls.c kern_sendit
 * darwin: source-derived, bsd/kern/uipc_syscalls.c sendit
 * posix: send() ERRORS EPIPE (and SIGPIPE)
 */
#include "probe.h"

#include <signal.h>

static int sv[2];

static int idle(void *arg)
{
    (void)arg;
    return 0; /* exits holding sv[1]: the kernel closes it */
}

void probe_main(void)
{
    uds_pair(PROBE_TYPE, sv);
    pid_t child = run_child(idle, NULL);
    close(sv[1]);
    if (wait_child(child, WAIT_MS) != 0)
        setup_error("child", "did not exit cleanly");
    count_signal(SIGPIPE);
    ssize_t rc = send(sv[0], "x", 1, 0);
    observe("%s,sigpipe=%d", io_result(rc), signal_count(SIGPIPE));
}
