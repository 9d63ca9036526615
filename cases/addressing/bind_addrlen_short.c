/*
 * bind() with addrlen shorter than offsetof(sun_path): not even the family
 * field is fully covered.
 *
 * No document speaks of it. Linux's unix_validate_addr rejects a length
 * that does not reach past offsetof(sun_path) (other than the autobind
 * length); FreeBSD's getsockaddr rejects one shorter than the sockaddr
 * header. The value is the result of bind().
 *
 * Covers: ADDR-20, ERR-06
 */
#include "probe.h"

void probe_main(void)
{
    struct sockaddr_un sa;
    uds_addr_path(&sa, "short");
    socklen_t len = (socklen_t)sun_path_offset() - 1;
#ifdef UDS_HAVE_SUN_LEN
    sa.sun_len = (unsigned char)len;
#endif
    int s = uds_socket(SOCK_STREAM);

    observe_call(bind(s, (struct sockaddr *)&sa, len));
}
