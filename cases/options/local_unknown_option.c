/*
 * getsockopt() and setsockopt() at SOL_LOCAL with an option number that is
 * not a LOCAL_* option (99): what errors?
 *
 * Reports "get=R,set=R". The BSD sources answer unknown get and set
 * requests in different ways.
 *
 * Covers: OPT-15, OPT-01
 * freebsd: source-derived, sys/kern/uipc_usrreq.c uipc_ctloutput
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_ctloutput
 */
#include "probe.h"

#include <stdio.h>

#define UNKNOWN_LOCAL_OPTION 99

void probe_main(void)
{
#ifdef SOL_LOCAL
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    int v;
    char get[32];
    snprintf(get, sizeof get, "%s",
             call_result(get_int_option(sv[0], SOL_LOCAL, UNKNOWN_LOCAL_OPTION, &v)));
    int rc = set_int_option(sv[0], SOL_LOCAL, UNKNOWN_LOCAL_OPTION, 1);
    observe("get=%s,set=%s", get, call_result(rc));
#else
    not_applicable("SOL_LOCAL not defined");
#endif
}
