/*
 * connect() through a relative path one byte longer than sun_path (plus its
 * NUL), in a buffer larger than struct sockaddr_un with a matching addrlen.
 *
 * The listener is bound with the same address when the OS allows it (see
 * bind_path_size_plus1). Linux and FreeBSD reject the length with EINVAL;
 * macOS accepts lengths below SOCK_MAXADDRLEN. The value is the result of
 * the client's connect().
 *
 * Covers: ADDR-18, LIM-02
 * linux: source-derived, net/unix/af_unix.c unix_validate_addr
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_connect
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_connect
 */
#include "probe.h"

#include <string.h>

static union {
    struct sockaddr_un sa;
    char raw[sizeof(struct sockaddr_un) + 16];
} big;

void probe_main(void)
{
    char name[sizeof ((struct sockaddr_un *)0)->sun_path + 2];
    size_t n = sun_path_size() + 1;
    memset(name, 'r', n);

    memset(&big, 0, sizeof big);
    socklen_t len = uds_addr_bytes(&big.sa, name, n, 1);
    int l = uds_socket(SOCK_STREAM);
    if (bind(l, (struct sockaddr *)&big.sa, len) == 0)
        CHECK(listen(l, 4));

    int c = uds_socket(SOCK_STREAM);
    observe_call(connect(c, (struct sockaddr *)&big.sa, len));
}
