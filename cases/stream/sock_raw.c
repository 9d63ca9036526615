/*
 * socket(AF_UNIX, SOCK_RAW, 0): refused, or accepted (Linux turns it into a
 * datagram socket)?
 *
 * When it is accepted, the token also gives the type SO_TYPE reports, as
 * "ok,type=NAME".
 *
 * Covers: STR-03
 * linux: unix(7) lists SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET; ERRORS ESOCKTNOSUPPORT
 * linux: source-derived, net/unix/af_unix.c unix_create (SOCK_RAW becomes SOCK_DGRAM)
 */
#include "probe.h"

void probe_main(void)
{
    int s = socket(AF_UNIX, SOCK_RAW, 0);
    if (s < 0)
        observe_errno(errno);
    int type;
    if (get_int_option(s, SOL_SOCKET, SO_TYPE, &type) < 0)
        observe("ok,type=%s", errno_name(errno));
    observe("ok,type=%s", socktype_name(type));
}
