/*
 * The listener is closed while a connection is still pending (never
 * accepted): what does the client's next recv() see?
 *
 * ECONNRESET, EOF (0), or EAGAIN if the client was left connected to
 * nothing.
 *
 * Covers: STR-17, SHUT-07
 * linux: source-derived, net/unix/af_unix.c unix_release_sock (embryos are released with ECONNRESET)
 */
#include "probe.h"

void probe_main(void)
{
    int l = uds_listener(SOCK_STREAM, "l", 4);
    int c = uds_connect_to(SOCK_STREAM, "l");
    close(l);
    char buf[16];
    observe("%s", io_result(recv(c, buf, sizeof buf, MSG_DONTWAIT)));
}
