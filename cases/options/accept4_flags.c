/*
 * accept4(l, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC): are both flags set
 * on the accepted descriptor?
 *
 * The listener itself is blocking and not close-on-exec, so the flags can
 * only come from accept4. Reports "nonblock=yes,cloexec=yes" or the errno.
 * accept4 has no macro to test for; it is declared on Linux, FreeBSD,
 * NetBSD, OpenBSD and DragonFly, and not on macOS.
 *
 * Covers: STR-14
 * Types: stream, seqpacket
 * linux: accept(2) accept4 SOCK_NONBLOCK, SOCK_CLOEXEC
 * freebsd: accept(2) accept4
 * openbsd: accept(2) accept4
 * netbsd: accept(2) accept4
 */
#include "probe.h"

#include <fcntl.h>

#if (defined(__linux__) || defined(__FreeBSD__) || defined(__NetBSD__) || \
     defined(__OpenBSD__) || defined(__DragonFly__)) && \
    defined(SOCK_NONBLOCK) && defined(SOCK_CLOEXEC)
#define HAVE_ACCEPT4 1
#endif

void probe_main(void)
{
#ifdef HAVE_ACCEPT4
    int l = uds_listener(PROBE_TYPE, "l", 4);
    int c = uds_connect_to(PROBE_TYPE, "l");
    (void)c;
    int a = accept4(l, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (a < 0)
        observe_errno(errno);
    int fl = fcntl(a, F_GETFL);
    int fd = fcntl(a, F_GETFD);
    CHECK(fl);
    CHECK(fd);
    observe("nonblock=%s,cloexec=%s", yesno(fl & O_NONBLOCK), yesno(fd & FD_CLOEXEC));
#else
    not_applicable("accept4 not available here");
#endif
}
