/*
 * send(MSG_OOB) with zero bytes on a stream pair: there is no byte to mark.
 *
 * Linux takes the last byte of a MSG_OOB send as the urgent byte; with an
 * empty send there is none and it answers EOPNOTSUPP even where MSG_OOB is
 * supported. Other systems may accept the empty send.
 *
 * Covers: OOB-01, ERR-12
 * linux: source-derived, net/unix/af_unix.c unix_stream_sendmsg
 */
#include "probe.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(SOCK_STREAM, sv);

    observe("%s", io_result(send(sv[0], "", 0, MSG_OOB)));
}
