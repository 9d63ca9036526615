/*
 * bind() with a short NUL-terminated path but addrlen one byte larger than
 * sizeof(struct sockaddr_un) (the address sits in a larger, zeroed buffer).
 *
 * Linux (unix_validate_addr) and FreeBSD reject the length with EINVAL;
 * macOS accepts lengths up to SOCK_MAXADDRLEN. The value is the result of
 * bind().
 *
 * Covers: ADDR-18
 * linux: source-derived, net/unix/af_unix.c unix_validate_addr
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_bind
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_bind
 */
#include "probe.h"

#include <string.h>

static union {
    struct sockaddr_un sa;
    char raw[sizeof(struct sockaddr_un) + 16];
} big;

void probe_main(void)
{
    memset(&big, 0, sizeof big);
    uds_addr_path(&big.sa, "s");
    socklen_t len = (socklen_t)sizeof(struct sockaddr_un) + 1;
#ifdef UDS_HAVE_SUN_LEN
    big.sa.sun_len = (unsigned char)len;
#endif
    int s = uds_socket(SOCK_STREAM);

    observe_call(bind(s, (struct sockaddr *)&big.sa, len));
}
