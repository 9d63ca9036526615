/*
 * bind() with addrlen covering the 5 bytes "nonul" and no NUL, while the
 * bytes after it in sun_path are not NUL either ("XYZ").
 *
 * unix(7) BUGS: Linux appends a NUL when none is supplied, so the file is
 * named by addrlen alone; the BSD sources copy sun_len - offsetof bytes and
 * terminate their copy. "exact" when the socket file is "nonul", "overran"
 * when it is "nonulXYZ", "neither" otherwise, or the errno of bind().
 *
 * Covers: ADDR-14, ADDR-13
 * linux: unix(7) BUGS (appends a null terminator if none is present)
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_bind
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_bind
 */
#include "probe.h"

#include <string.h>
#include <sys/stat.h>

void probe_main(void)
{
    struct sockaddr_un sa;
    socklen_t len = uds_addr_bytes(&sa, "nonul", 5, 0);
    memcpy(sa.sun_path + 5, "XYZ", 4);    /* garbage past addrlen, then a NUL */
    int s = uds_socket(SOCK_STREAM);

    if (bind(s, (struct sockaddr *)&sa, len) < 0)
        observe_errno(errno);

    struct stat st;
    if (stat("nonul", &st) == 0)
        observe("exact");
    if (stat("nonulXYZ", &st) == 0)
        observe("overran");
    observe("neither");
}
