/*
 * An unprivileged process keeps sending descriptors over a socket pair
 * that nobody reads: which error ends it once more descriptors are in
 * flight than RLIMIT_NOFILE allows?
 *
 * RLIMIT_NOFILE is lowered to 64 and the read end of a pipe is sent, one
 * descriptor per message, at most 1000 times on a non-blocking socket. The in-flight count is per
 * user, so only the errno is reported, never the count.
 *
 * Covers: ERR-19, RIGHTS-14
 * linux: unix(7) ERRORS ETOOMANYREFS (since Linux 4.5)
 */
#include "probe.h"

#include <sys/resource.h>

void probe_main(void)
{
    require_unprivileged();
    int sv[2];
    uds_pair(SOCK_DGRAM, sv);
    if (set_nonblocking(sv[0], 1) < 0)
        setup_failed("fcntl");
    CHECK(set_int_option(sv[0], SOL_SOCKET, SO_SNDBUF, 1 << 20));
    struct rlimit rl, saved;
    CHECK(getrlimit(RLIMIT_NOFILE, &rl));
    saved = rl;
    if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < 64)
        not_applicable("RLIMIT_NOFILE hard limit below 64");
    rl.rlim_cur = 64;
    CHECK(setrlimit(RLIMIT_NOFILE, &rl));

    int p[2];
    CHECK(pipe(p));
    int fd = p[0];
    int err = 0;
    for (int i = 0; i < 1000 && err == 0; i++) {
        if (send_fds(sv[0], &fd, 1, "x", 1) < 0 && errno != EINTR)
            err = errno;
    }
    setrlimit(RLIMIT_NOFILE, &saved); /* the exit path needs descriptors */
    if (err == 0)
        observe("no_error_after_1000");
    observe_errno(err);
}
