/*
 * A datagram sender connected to a bound receiver that never reads, after\n * sends failed: is the sender still writable,
 * as kqueue reports it.
 *
 * The receiver is bound to a path and does not connect back, so its queue
 * limit applies; 64-byte datagrams are sent without blocking until one fails.
 * Asked with kqueue (EVFILT_READ and EVFILT_WRITE, zero timeout).
 * The token is "read=N|no,eof=yes|no,write=yes|no,weof=yes|no": N is the read
 * filter's data; n/a where there is no kqueue.
 *
 * Covers: DGR-04, DGR-03, LIM-04
 * freebsd: kqueue(2) EVFILT_READ ("Sockets": data is the receive buffer or the listen backlog; EV_EOF when the read direction is shut)
 * darwin: kqueue(2) EVFILT_READ / EVFILT_WRITE
 * openbsd: kqueue(2) EVFILT_READ / EVFILT_WRITE
 * netbsd: kqueue(2) EVFILT_READ / EVFILT_WRITE
 */
#include "ready.h"

void probe_main(void)
{
    observe("%s", ready_kqueue(ready_full_dgram_sender()));
}
