/*
 * A socketpair end that has sent until a send would block: is it still writable,
 * as kqueue reports it.
 *
 * 512-byte sends, non-blocking, until EAGAIN; the other end never reads.
 * Asked with kqueue (EVFILT_READ and EVFILT_WRITE, zero timeout).
 * The token is "read=N|no,eof=yes|no,write=yes|no,weof=yes|no": N is the read
 * filter's data; n/a where there is no kqueue.
 *
 * Covers: SHUT-06, STR-23
 * Types: stream, seqpacket
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
    if (fill_socket(sv[0], 512) == 0)
        setup_error("fill_socket", "nothing could be sent");
    observe("%s", ready_kqueue(sv[0]));
}
