/*
 * connect() to an existing listener "s" with addrlen one byte larger than
 * sizeof(struct sockaddr_un) (the address sits in a larger, zeroed buffer).
 *
 * The listener itself is bound with a normal address. Linux and FreeBSD
 * reject the length with EINVAL; macOS accepts lengths up to
 * SOCK_MAXADDRLEN. The value is the result of connect().
 *
 * Covers: ADDR-18
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
    int l = uds_listener(SOCK_STREAM, "s", 4);
    (void)l;

    memset(&big, 0, sizeof big);
    uds_addr_path(&big.sa, "s");
    socklen_t len = (socklen_t)sizeof(struct sockaddr_un) + 1;
#ifdef UDS_HAVE_SUN_LEN
    big.sa.sun_len = (unsigned char)len;
#endif
    int c = uds_socket(SOCK_STREAM);

    observe_call(connect(c, (struct sockaddr *)&big.sa, len));
}
