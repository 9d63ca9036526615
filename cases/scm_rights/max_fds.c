/*
 * The largest number of descriptors one SCM_RIGHTS message can carry.
 *
 * Linux: SCM_MAX_FD, 253 (255 before 2.6.38). FreeBSD bounds the control
 * data by one mbuf cluster (about 254 on LP64); macOS caps at 512. The
 * probe bisects between 1 and 600 over one socketpair, with one descriptor
 * repeated n times; n "works" when sendmsg succeeds and all n arrive
 * without MSG_CTRUNC. 600 means "at least 600". The soft RLIMIT_NOFILE is
 * raised (within the hard limit) first so that the receiver has room.
 *
 * A libc can impose its own lower limit (musl copies the control data into
 * a 1024-byte buffer), so this is the limit of the libc and kernel together.
 *
 * Covers: RIGHTS-11, LIM-01
 * linux: unix(7) SCM_RIGHTS (SCM_MAX_FD = 253)
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_internalize
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_internalize
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
    if (!rights_message_fits(sv, p[1], 1, &err))
        observe("0");
    int lo = 1, hi = RIGHTS_MAX_PROBE + 1; /* lo works; hi is taken not to */
    if (rights_message_fits(sv, p[1], RIGHTS_MAX_PROBE, &err))
        observe("%d", RIGHTS_MAX_PROBE);
    hi = RIGHTS_MAX_PROBE;
    while (hi - lo > 1) {
        int mid = lo + (hi - lo) / 2;
        if (rights_message_fits(sv, p[1], mid, &err))
            lo = mid;
        else
            hi = mid;
    }
    observe("%d", lo);
}
