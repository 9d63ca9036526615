/*
 * struct xucred from LOCAL_PEERCRED: cr_version equals XUCRED_VERSION and
 * the group count fits the fixed array (XU_NGROUPS/NGROUPS, 16).
 *
 * Reports version=match|mismatch and ngroups=ok|over (over: more than the
 * array holds), or the errno of the query. FreeBSD and macOS only.
 *
 * Covers: CRED-05, LIM-05, CRED-01
 * freebsd: unix(4) LOCAL_PEERCRED (check cr_version against XUCRED_VERSION)
 * darwin: unix(4) LOCAL_PEERCRED; source-derived, bsd/sys/ucred.h struct xucred
 */
#if defined(__FreeBSD__) || defined(__APPLE__)
#include <sys/param.h> /* before <sys/ucred.h> */
#include <sys/socket.h>
#include <sys/ucred.h>
#endif
#include "kconst.h"

#include <string.h>

void probe_main(void)
{
#if (defined(__FreeBSD__) || defined(__APPLE__)) && defined(LOCAL_PEERCRED)
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    struct xucred x;
    memset(&x, 0, sizeof x);
    socklen_t len = sizeof x;
    if (getsockopt(sv[0], SOL_LOCAL, LOCAL_PEERCRED, &x, &len) < 0)
        observe_errno(errno);
    int max = (int)(sizeof x.cr_groups / sizeof x.cr_groups[0]);
    observe("version=%s,ngroups=%s", x.cr_version == XUCRED_VERSION ? "match" : "mismatch",
            x.cr_ngroups >= 0 && x.cr_ngroups <= max ? "ok" : "over");
#else
    not_applicable("LOCAL_PEERCRED with struct xucred is a FreeBSD/macOS interface");
#endif
}
