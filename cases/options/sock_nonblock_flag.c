/*
 * socket(AF_UNIX, type | SOCK_NONBLOCK, 0): is O_NONBLOCK set on the new
 * descriptor?
 *
 * Reports "yes"/"no" from fcntl(F_GETFL), or the errno name when socket()
 * refuses the flag.
 *
 * Covers: STR-02, ERR-20
 * Types: stream, dgram
 * linux: socket(2) SOCK_NONBLOCK (since 2.6.27)
 * freebsd: socket(2) SOCK_NONBLOCK
 * openbsd: socket(2) SOCK_NONBLOCK
 * netbsd: socket(2) SOCK_NONBLOCK
 */
#include "probe.h"

#include <fcntl.h>

void probe_main(void)
{
#ifdef SOCK_NONBLOCK
    int s = socket(AF_UNIX, PROBE_TYPE | SOCK_NONBLOCK, 0);
    if (s < 0)
        observe_errno(errno);
    int fl = fcntl(s, F_GETFL);
    CHECK(fl);
    observe("%s", yesno(fl & O_NONBLOCK));
#else
    not_applicable("SOCK_NONBLOCK not defined");
#endif
}
