/*
 * bind() to a relative path one byte longer than sun_path (plus its NUL),
 * passed in a buffer larger than struct sockaddr_un with a matching addrlen.
 *
 * Linux and FreeBSD reject an addrlen above sizeof(struct sockaddr_un);
 * macOS accepts any sun_len below SOCK_MAXADDRLEN (255), so the longer name
 * may bind there. "ok" when the socket file carries the whole name;
 * "ok_name_differs" when bind() succeeds without such a file; otherwise the
 * errno of bind().
 *
 * Covers: ADDR-18, LIM-02
 * linux: source-derived, net/unix/af_unix.c unix_validate_addr
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_bind
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_bind
 */
#include "probe.h"

#include <string.h>
#include <sys/stat.h>

static union {
    struct sockaddr_un sa;
    char raw[sizeof(struct sockaddr_un) + 16];
} big;

void probe_main(void)
{
    char name[sizeof ((struct sockaddr_un *)0)->sun_path + 2];
    size_t n = sun_path_size() + 1;
    memset(name, 'r', n);
    name[n] = '\0';

    memset(&big, 0, sizeof big);
    socklen_t len = uds_addr_bytes(&big.sa, name, n, 1);
    int s = uds_socket(SOCK_STREAM);

    if (bind(s, (struct sockaddr *)&big.sa, len) < 0)
        observe_errno(errno);

    struct stat st;
    observe("%s", stat(name, &st) == 0 && S_ISSOCK(st.st_mode) ? "ok" : "ok_name_differs");
}
