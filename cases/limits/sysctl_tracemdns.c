/*
 * Does the sysctl net.local.stream.tracemdns (macOS: logging of unix
 * stream traffic for mDNSResponder) exist?
 *
 * Only its existence is reported: exists, or the errno of reading it when
 * that fails for another reason than ENOENT; n/a when it does not exist.
 *
 * Covers: SYSCTL-11
 * darwin: source-derived, bsd/kern/uipc_usrreq.c (SYSCTL_INT net.local.stream.tracemdns)
 */
#include "sysctl.h"

void probe_main(void)
{
    long v;
    if (read_sysctl("net.local.stream.tracemdns", &v) == 0)
        observe("exists");
    if (errno == ENOENT)
        not_applicable("no sysctl net.local.stream.tracemdns");
    observe_errno(errno);
}
