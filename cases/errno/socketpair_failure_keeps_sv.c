/*
 * When socketpair() fails, is sv left as it was?
 *
 * Only one descriptor number is left free under RLIMIT_NOFILE, so the
 * pair cannot be installed. Reports the errno and whether sv kept its
 * sentinel values, e.g. EMFILE,sv=unchanged.
 *
 * Covers: STR-04, ERR-08
 * linux: socketpair(2) RETURN VALUE ("sv is left unchanged"); socketpair(2) ERRORS EMFILE
 * posix: socketpair() (sv unchanged on failure, per socketpair(2))
 */
#include "probe.h"

#include <sys/resource.h>

void probe_main(void)
{
    int spare = uds_socket(SOCK_STREAM);
    int lowest_free = uds_socket(SOCK_STREAM);
    close(spare); /* spare's number is free again; everything else up to lowest_free is used */
    int top = spare > lowest_free ? spare : lowest_free;
    struct rlimit rl, saved;
    CHECK(getrlimit(RLIMIT_NOFILE, &rl));
    saved = rl;
    rl.rlim_cur = (rlim_t)top + 1;
    CHECK(setrlimit(RLIMIT_NOFILE, &rl));

    int sv[2] = { -7, -9 };
    int rc = socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    int err = errno;
    setrlimit(RLIMIT_NOFILE, &saved); /* the exit path needs descriptors */
    if (rc == 0)
        observe("ok");
    observe("%s,sv=%s", errno_name(err),
            sv[0] == -7 && sv[1] == -9 ? "unchanged" : "changed");
}
