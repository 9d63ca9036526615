/*
 * bind() to a relative path that fills all of sun_path with no NUL, with
 * addrlen = sizeof(struct sockaddr_un).
 *
 * unix(7) BUGS says Linux accepts such a name and uses all 108 bytes. The
 * BSD sources copy sun_len - offsetof bytes and terminate a kernel copy, so
 * 104 bytes should work there too. "ok" when the socket file carries all
 * sizeof(sun_path) bytes; "ok_name_differs" when bind() succeeds but no such
 * file exists; otherwise the errno of bind().
 *
 * Covers: LIM-02, ADDR-14, ADDR-15
 * linux: unix(7) BUGS (sun_path not NUL-terminated, 108 bytes used)
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_bind
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_bind
 */
#include "probe.h"

#include <string.h>
#include <sys/stat.h>

void probe_main(void)
{
    char name[sizeof ((struct sockaddr_un *)0)->sun_path + 1];
    size_t n = sun_path_size();
    memset(name, 'q', n);
    name[n] = '\0';

    struct sockaddr_un sa;
    socklen_t len = uds_addr_bytes(&sa, name, n, 0);
    int s = uds_socket(SOCK_STREAM);

    if (bind(s, (struct sockaddr *)&sa, len) < 0)
        observe_errno(errno);

    struct stat st;
    observe("%s", stat(name, &st) == 0 && S_ISSOCK(st.st_mode) ? "ok" : "ok_name_differs");
}
