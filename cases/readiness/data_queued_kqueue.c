/*
 * A socketpair end with 5 bytes queued for it (one send of "hello"),
 * as kqueue reports it.
 *
 * Readable and writable are expected; kqueue's read data is the queued count.
 * Asked with kqueue (EVFILT_READ and EVFILT_WRITE, zero timeout).
 * The token is "read=N|no,eof=yes|no,write=yes|no,weof=yes|no": N is the read
 * filter's data; n/a where there is no kqueue.
 *
 * Covers: SHUT-06, STR-04
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
    if (send(sv[1], "hello", 5, 0) != 5)
        setup_failed("send");
    observe("%s", ready_kqueue(sv[0]));
}
