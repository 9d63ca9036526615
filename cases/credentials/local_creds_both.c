/*
 * LOCAL_CREDS and LOCAL_CREDS_PERSISTENT are mutually exclusive: with
 * LOCAL_CREDS on, what does turning on LOCAL_CREDS_PERSISTENT give?
 *
 * Covers: CRED-12
 * freebsd: unix(4) LOCAL_CREDS_PERSISTENT ("mutually exclusive"); source-derived, sys/kern/uipc_usrreq.c uipc_ctloutput (EINVAL)
 */
#include "kconst.h"

void probe_main(void)
{
#if defined(LOCAL_CREDS) && defined(LOCAL_CREDS_PERSISTENT) && defined(SOL_LOCAL)
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    CHECK(set_int_option(sv[1], SOL_LOCAL, LOCAL_CREDS, 1));
    observe_call(set_int_option(sv[1], SOL_LOCAL, LOCAL_CREDS_PERSISTENT, 1));
#else
    not_applicable("LOCAL_CREDS / LOCAL_CREDS_PERSISTENT not defined here");
#endif
}
