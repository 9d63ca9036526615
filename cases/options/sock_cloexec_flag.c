/*
 * socket(AF_UNIX, type | SOCK_CLOEXEC, 0): is FD_CLOEXEC set on the new
 * descriptor?
 *
 * Reports "yes"/"no" from fcntl(F_GETFD), or the errno name when socket()
 * refuses the flag.
 *
 * Covers: STR-02, RIGHTS-04
 * Types: stream, dgram
 * linux: socket(2) SOCK_CLOEXEC (since 2.6.27)
 * freebsd: socket(2) SOCK_CLOEXEC
 * openbsd: socket(2) SOCK_CLOEXEC
 * netbsd: socket(2) SOCK_CLOEXEC
 */
#include "probe.h"

#include <fcntl.h>

void probe_main(void)
{
#ifdef SOCK_CLOEXEC
    int s = socket(AF_UNIX, PROBE_TYPE | SOCK_CLOEXEC, 0);
    if (s < 0)
        observe_errno(errno);
    int fl = fcntl(s, F_GETFD);
    CHECK(fl);
    observe("%s", yesno(fl & FD_CLOEXEC));
#else
    not_applicable("SOCK_CLOEXEC not defined");
#endif
}
