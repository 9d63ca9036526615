/*
 * LOCAL_CREDS on the receiving end of a stream pair, then two writes and two reads: an SCM_CREDS message on the first read only, or on both?
 *
 * Each read takes one byte, after the writer has queued both; the token
 * says for each read whether a SCM_CREDS control message came with it.
 *
 * Covers: CRED-11, CRED-13
 * freebsd: unix(4) LOCAL_CREDS ("only the first read" on SOCK_STREAM)
 */
#include "cred.h"

void probe_main(void)
{
#if defined(LOCAL_CREDS) && defined(SCM_CREDS) && defined(SOL_LOCAL)
    observe("%s", cred_two_reads(LOCAL_CREDS, SCM_CREDS));
#else
    not_applicable("LOCAL_CREDS / SCM_CREDS not defined here");
#endif
}
