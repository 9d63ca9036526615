/*
 * Can an autobound socket still bind() a pathname?
 *
 * After autobind the socket has an address, so a later bind() is a rebind:
 * bind(2) documents EINVAL for an already bound socket. The value is the
 * result of bind("late") after autobind; n/a outside Linux.
 * When autobind itself fails, the value is "autobind=<errno name>".
 *
 * Covers: AUTO-01, FS-07
 * linux: bind(2) ERRORS EINVAL ("The socket is already bound to an address")
 */
#include "probe.h"

void probe_main(void)
{
#ifdef __linux__
    struct sockaddr_un sa;
    int s = uds_socket(SOCK_STREAM);
    uds_autobind(s, &sa);
    socklen_t len = uds_addr_path(&sa, "late");

    observe_call(bind(s, (struct sockaddr *)&sa, len));
#else
    not_applicable("autobind is Linux-only");
#endif
}
