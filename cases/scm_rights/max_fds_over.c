/*
 * What sendmsg reports for one descriptor more than the per-message limit.
 *
 * The limit is found as in scm_rights/max_fds (bisection between 1 and
 * 600 over one socketpair); then a message with one more descriptor is
 * sent. The value is sendmsg's errno; "delivered_short" when the send
 * worked but not every descriptor arrived; "no_limit" when 600 worked.
 * Linux documents EINVAL; FreeBSD's source gives EMSGSIZE.
 *
 * Covers: RIGHTS-11, LIM-01
 * linux: unix(7) SCM_RIGHTS ("causes sendmsg(2) to fail with the error EINVAL")
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_internalize
 */
#include "rights.h"

void probe_main(void)
{
    long limit = raise_nofile(4 * RIGHTS_MAX_PROBE);
    if (limit < RIGHTS_MAX_PROBE + 64)
        not_applicable("RLIMIT_NOFILE %ld too low to bisect", limit);

    int p[2];
    make_pipe(p);
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    int err;
    if (rights_message_fits(sv, p[1], RIGHTS_MAX_PROBE, &err))
        observe("no_limit");
    int lo = 0, hi = RIGHTS_MAX_PROBE; /* hi does not work */
    while (hi - lo > 1) {
        int mid = lo + (hi - lo) / 2;
        if (rights_message_fits(sv, p[1], mid, &err))
            lo = mid;
        else
            hi = mid;
    }
    if (rights_message_fits(sv, p[1], lo + 1, &err))
        setup_error("bisect", "%d descriptors worked on a second try", lo + 1);
    if (err == 0)
        observe("delivered_short");
    observe_errno(err);
}
