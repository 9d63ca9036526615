/*
 * LOCAL_CREDS_PERSISTENT on the receiving end of a stream pair, then two writes and two reads: an SCM_CREDS2 message on every read?
 *
 * Each read takes one byte, after the writer has queued both; the token
 * says for each read whether a SCM_CREDS2 control message came with it.
 *
 * Covers: CRED-11, CRED-14
 * freebsd: unix(4) LOCAL_CREDS_PERSISTENT (credentials with every read)
 */
#include "cred.h"

void probe_main(void)
{
#if defined(LOCAL_CREDS_PERSISTENT) && defined(SCM_CREDS2) && defined(SOL_LOCAL)
    observe("%s", cred_two_reads(LOCAL_CREDS_PERSISTENT, SCM_CREDS2));
#else
    not_applicable("LOCAL_CREDS_PERSISTENT / SCM_CREDS2 not defined here");
#endif
}
