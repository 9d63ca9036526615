/*
 * socket(AF_UNIX, SOCK_STREAM, 0) works.
 *
 * Covers: STR-01
 * linux: unix(7) DESCRIPTION: SOCK_STREAM
 * freebsd: unix(4) DESCRIPTION
 * darwin: unix(4) DESCRIPTION
 * openbsd: unix(4) DESCRIPTION
 * netbsd: unix(4) DESCRIPTION
 */
#include "probe.h"

void probe_main(void)
{
    observe_call(socket(AF_UNIX, SOCK_STREAM, 0));
}
