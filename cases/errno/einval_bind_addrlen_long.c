/*
 * bind() with an address length one byte larger than struct sockaddr_un,
 * for a short NUL-terminated path.
 *
 * Linux and FreeBSD refuse the length; macOS accepts any length below
 * SOCK_MAXADDRLEN (255).
 *
 * Covers: ERR-06, ADDR-18
 * linux: source-derived, net/unix/af_unix.c unix_validate_addr
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_bindat
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_bind
 */
#include "probe.h"

#include <string.h>

void probe_main(void)
{
    union {
        struct sockaddr_un un;
        char bytes[sizeof(struct sockaddr_un) + 8];
    } big;
    memset(&big, 0, sizeof big);
    (void)uds_addr_path(&big.un, "s");
    socklen_t len = (socklen_t)sizeof(struct sockaddr_un) + 1;
#ifdef UDS_HAVE_SUN_LEN
    big.un.sun_len = (unsigned char)len;
#endif
    int s = uds_socket(SOCK_STREAM);

    observe_call(bind(s, (struct sockaddr *)&big.un, len));
}
