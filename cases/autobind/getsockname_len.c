/*
 * The address length getsockname() returns after autobind.
 *
 * It follows from unix(7)'s name format: offsetof(sun_path), the NUL and
 * five characters, 8 bytes; the Linux source sets the length to
 * offsetof(sun_path) + 6. The value is the returned length in decimal; n/a
 * outside Linux.
 * When autobind itself fails, the value is "autobind=<errno name>".
 *
 * Covers: AUTO-05, AUTO-02
 * linux: source-derived, net/unix/af_unix.c unix_autobind
 */
#include "probe.h"

void probe_main(void)
{
#ifdef __linux__
    struct sockaddr_un name;
    socklen_t got = uds_autobind(uds_socket(SOCK_STREAM), &name);
    observe("%u", (unsigned)got);
#else
    not_applicable("autobind is Linux-only");
#endif
}
