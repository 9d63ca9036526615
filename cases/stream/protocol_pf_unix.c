/*
 * socket(AF_UNIX, SOCK_STREAM, PF_UNIX): the protocol number equal to the
 * family is accepted like 0.
 *
 * Covers: STR-02
 * linux: source-derived, net/unix/af_unix.c unix_create (protocol 0 or PF_UNIX)
 */
#include "probe.h"

void probe_main(void)
{
    observe_call(socket(AF_UNIX, SOCK_STREAM, PF_UNIX));
}
