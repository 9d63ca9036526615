/*
 * connect() to a stream listener through a relative path of
 * sizeof(sun_path)-1 bytes plus its NUL (addrlen = sizeof(struct
 * sockaddr_un)), the longest fully portable name.
 *
 * The listener is bound with the same address. The value is the result of
 * the client's connect().
 *
 * Covers: LIM-02, ADDR-13
 * linux: unix(7) "Pathname sockets": name plus NUL should not exceed sun_path
 * freebsd: unix(4) ADDRESSING: at most 104 characters
 * darwin: unix(4) ADDRESSING: at most 104 characters
 */
#include "probe.h"

#include <string.h>

void probe_main(void)
{
    char name[sizeof ((struct sockaddr_un *)0)->sun_path];
    size_t n = sun_path_size() - 1;
    memset(name, 'p', n);

    struct sockaddr_un sa;
    socklen_t len = uds_addr_bytes(&sa, name, n, 1);
    int l = uds_socket(SOCK_STREAM);
    CHECK(bind(l, (struct sockaddr *)&sa, len));
    CHECK(listen(l, 4));

    int c = uds_socket(SOCK_STREAM);
    observe_call(connect(c, (struct sockaddr *)&sa, len));
}
