/*
 * bind() to a relative path of sizeof(sun_path)-1 bytes plus its NUL, with
 * addrlen = offsetof(sun_path) + sizeof(sun_path): the longest name that
 * follows every portability rule.
 *
 * "ok" when bind() succeeds and the socket file carries the whole name;
 * "ok_name_differs" when bind() succeeds but no file of that name exists;
 * otherwise the errno of bind().
 *
 * Covers: LIM-02, ADDR-02, ADDR-13
 * linux: unix(7) "Pathname sockets": name plus NUL should not exceed sun_path
 * freebsd: unix(4) ADDRESSING: at most 104 characters
 * darwin: unix(4) ADDRESSING: at most 104 characters
 * openbsd: unix(4) sun_path[104]
 * netbsd: unix(4) sun_path[104]
 */
#include "probe.h"

#include <string.h>
#include <sys/stat.h>

void probe_main(void)
{
    char name[sizeof ((struct sockaddr_un *)0)->sun_path];
    size_t n = sun_path_size() - 1;
    memset(name, 'p', n);
    name[n] = '\0';

    struct sockaddr_un sa;
    socklen_t len = uds_addr_bytes(&sa, name, n, 1);
    int s = uds_socket(SOCK_STREAM);

    if (bind(s, (struct sockaddr *)&sa, len) < 0)
        observe_errno(errno);

    struct stat st;
    observe("%s", stat(name, &st) == 0 && S_ISSOCK(st.st_mode) ? "ok" : "ok_name_differs");
}
