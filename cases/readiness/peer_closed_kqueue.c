/*
 * One end of a socketpair after the other end was closed: readable, writable,
 * as kqueue reports it.
 *
 * The other end is closed with nothing queued. A stream end at end-of-file is
 * expected to be readable (read returns 0).
 * Asked with kqueue (EVFILT_READ and EVFILT_WRITE, zero timeout).
 * The token is "read=N|no,eof=yes|no,write=yes|no,weof=yes|no": N is the read
 * filter's data; n/a where there is no kqueue.
 *
 * Covers: SHUT-06, STR-16
 * Types: stream, dgram, seqpacket
 * freebsd: kqueue(2) EVFILT_READ ("Sockets": data is the receive buffer or the listen backlog; EV_EOF when the read direction is shut)
 * darwin: kqueue(2) EVFILT_READ / EVFILT_WRITE
 * openbsd: kqueue(2) EVFILT_READ / EVFILT_WRITE
 * netbsd: kqueue(2) EVFILT_READ / EVFILT_WRITE
 */
#include "ready.h"

void probe_main(void)
{
    int sv[2];
    uds_pair(PROBE_TYPE, sv);
    CHECK(close(sv[1]));
    observe("%s", ready_kqueue(sv[0]));
}
