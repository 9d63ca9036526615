/*
 * socket(AF_UNIX, SOCK_RAW, 0): refused, or accepted as which type?
 *
 * unix(7) lists only stream, dgram and seqpacket, and ESOCKTNOSUPPORT for
 * other types, but Linux quietly makes a SOCK_RAW request a datagram
 * socket. Reports the errno, or ok,type=<SO_TYPE of the new socket>.
 *
 * Covers: STR-03, ERR-17
 * linux: unix(7) ERRORS ESOCKTNOSUPPORT; source-derived, net/unix/af_unix.c unix_create
 */
#include "probe.h"

void probe_main(void)
{
    int s = socket(AF_UNIX, SOCK_RAW, 0);
    if (s < 0)
        observe_errno(errno);

    int type;
    CHECK(get_int_option(s, SOL_SOCKET, SO_TYPE, &type));
    observe("ok,type=%s", socktype_name(type));
}
