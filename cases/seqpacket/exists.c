/*
 * Is SOCK_SEQPACKET offered for AF_UNIX? socket() gives "ok" or its errno.
 *
 * Unlike the other seqpacket probes this one reports on every OS: macOS has
 * the constant but not the type.
 *
 * Covers: SEQ-01
 * linux: unix(7) DESCRIPTION: SOCK_SEQPACKET (since Linux 2.6.4)
 * freebsd: unix(4) DESCRIPTION
 * darwin: source-derived, bsd/kern/uipc_proto.c localsw (stream and dgram only)
 * openbsd: unix(4) DESCRIPTION
 * netbsd: unix(4) DESCRIPTION
 */
#include "probe.h"

void probe_main(void)
{
    observe_call(socket(AF_UNIX, SOCK_SEQPACKET, 0));
}
