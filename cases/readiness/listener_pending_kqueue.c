/*
 * A listening socket with one connection waiting to be accepted,
 * as kqueue reports it.
 *
 * A pending connection is expected to make the listener readable;
 * ready_pending_listener() waits (poll, bounded) for it to be there.
 * Asked with kqueue (EVFILT_READ and EVFILT_WRITE, zero timeout).
 * The token is "read=N|no,eof=yes|no,write=yes|no,weof=yes|no": N is the read
 * filter's data; n/a where there is no kqueue.
 *
 * Covers: SHUT-06, STR-14
 * Types: stream, seqpacket
 * freebsd: kqueue(2) EVFILT_READ ("Sockets": data is the receive buffer or the listen backlog; EV_EOF when the read direction is shut)
 * darwin: kqueue(2) EVFILT_READ / EVFILT_WRITE
 * openbsd: kqueue(2) EVFILT_READ / EVFILT_WRITE
 * netbsd: kqueue(2) EVFILT_READ / EVFILT_WRITE
 */
#include "ready.h"

void probe_main(void)
{
    observe("%s", ready_kqueue(ready_pending_listener(PROBE_TYPE)));
}
