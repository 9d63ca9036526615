/*
 * socket() when every descriptor number below RLIMIT_NOFILE is in use.
 *
 * A first socket takes the lowest free number n, so 0..n are all in use;
 * the soft limit is then lowered to n+1 and a second socket() is tried.
 *
 * Covers: ERR-08
 * linux: socket(2) ERRORS EMFILE
 * posix: socket() ERRORS EMFILE
 */
#include "probe.h"

#include <sys/resource.h>

void probe_main(void)
{
    int first = uds_socket(SOCK_STREAM);
    struct rlimit rl, saved;
    CHECK(getrlimit(RLIMIT_NOFILE, &rl));
    saved = rl;
    rl.rlim_cur = (rlim_t)first + 1;
    CHECK(setrlimit(RLIMIT_NOFILE, &rl));

    int rc = socket(AF_UNIX, SOCK_STREAM, 0);
    int err = errno;
    setrlimit(RLIMIT_NOFILE, &saved); /* the exit path needs descriptors */
    observe_errno(rc < 0 ? err : 0);
}
