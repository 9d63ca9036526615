/*
 * sendto() with a destination address on an unconnected stream socket:
 * refused (EOPNOTSUPP, ENOTCONN, ...) or an implied connect ("ok")?
 *
 * The address is a listening stream socket.
 *
 * Covers: STR-20, STR-19
 * linux: source-derived, net/unix/af_unix.c unix_stream_sendmsg (EOPNOTSUPP when not connected)
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_send (ENOTCONN)
 */
#include "probe.h"

#include <signal.h>

void probe_main(void)
{
    uds_listener(SOCK_STREAM, "l", 4);
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, "l");
    int s = uds_socket(SOCK_STREAM);
    count_signal(SIGPIPE);
    ssize_t n = sendto(s, "x", 1, MSG_DONTWAIT, (struct sockaddr *)&sa, len);
    observe_call(n < 0 ? -1 : 0);
}
