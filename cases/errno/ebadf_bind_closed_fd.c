/*
 * bind() on a descriptor that was just closed.
 *
 * Covers: ERR-02
 * linux: bind(2) ERRORS EBADF
 * posix: bind() ERRORS EBADF
 */
#include "probe.h"

void probe_main(void)
{
    int s = uds_socket(SOCK_STREAM);
    close(s);

    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "s");

    observe_call(bind(s, (struct sockaddr *)&sa, len));
}
