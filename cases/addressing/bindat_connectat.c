/*
 * FreeBSD bindat() and connectat() resolve a relative socket path against
 * a directory descriptor instead of the current directory.
 *
 * A stream socket is bound to "s" relative to the descriptor of directory
 * "d" while the current directory is "other", then a second socket
 * connectat()s to "s" through the same descriptor. The value is both
 * results, or bindat=ok,file=ERRNO when "d/s" was not created (the file
 * landed elsewhere). n/a outside FreeBSD (the calls exist nowhere else).
 *
 * Covers: ADDR-27
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_bindat, uipc_connectat; <sys/socket.h> bindat, connectat
 */
#include "probe.h"

#if defined(__FreeBSD__)
#include <fcntl.h>
#include <sys/stat.h>
#endif

void probe_main(void)
{
#if defined(__FreeBSD__)
    CHECK(mkdir("d", 0700));
    CHECK(mkdir("other", 0700));
    int dfd = open("d", O_RDONLY | O_DIRECTORY);
    CHECK(dfd);
    CHECK(chdir("other"));

    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "s");
    int l = uds_socket(SOCK_STREAM);
    int b = bindat(dfd, l, (struct sockaddr *)&sa, len);
    int berr = errno;
    struct stat st;
    if (b == 0 && fstatat(dfd, "s", &st, 0) < 0)
        observe("bindat=ok,file=%s", errno_name(errno));
    if (b < 0)
        observe("bindat=%s", errno_name(berr));
    CHECK(listen(l, 4));

    int c = uds_socket(SOCK_STREAM);
    int r = connectat(dfd, c, (struct sockaddr *)&sa, len);
    observe("bindat=ok,connectat=%s", call_result(r));
#else
    not_applicable("bindat/connectat are FreeBSD-only");
#endif
}
