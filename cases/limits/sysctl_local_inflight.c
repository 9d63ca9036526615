/*
 * Does the read-only sysctl net.local.inflight (descriptors in flight in
 * unix socket messages) exist?
 *
 * Its value changes with whatever the system is doing, so only its
 * existence is reported: exists, or the errno of reading it when that
 * fails for another reason than ENOENT; n/a when it does not exist (Linux,
 * current macOS).
 *
 * Covers: SYSCTL-08
 * freebsd: source-derived, sys/kern/uipc_usrreq.c (SYSCTL_UINT net.local.inflight, unp_rights)
 */
#include "sysctl.h"

void probe_main(void)
{
    long v;
    if (read_sysctl("net.local.inflight", &v) == 0)
        observe("exists");
    if (errno == ENOENT)
        not_applicable("no sysctl net.local.inflight");
    observe_errno(errno);
}
