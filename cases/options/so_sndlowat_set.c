/*
 * setsockopt(SO_SNDLOWAT) on an AF_UNIX stream socket: can it be changed?
 *
 * socket(7) says SO_SNDLOWAT is not changeable on Linux (ENOPROTOOPT).
 *
 * Covers: OPT-13
 * linux: socket(7) SO_RCVLOWAT and SO_SNDLOWAT
 */
#include "probe.h"

void probe_main(void)
{
    int s = uds_socket(SOCK_STREAM);
    observe_call(set_int_option(s, SOL_SOCKET, SO_SNDLOWAT, 4096));
}
