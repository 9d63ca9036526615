/*
 * What does getsockname() return on a socket made by accept()?
 *
 * The kernel sources of Linux and the BSDs copy the listener's address into
 * the new socket. The listener is bound to "srv"; "listener" when the
 * accepted socket returns the same length and bytes as the listener,
 * "unnamed" when it returns no name bytes, "other" otherwise.
 *
 * Covers: ADDR-26
 * Types: stream, seqpacket
 * linux: source-derived, net/unix/af_unix.c unix_stream_connect (copies the listener's addr)
 * freebsd: source-derived, sys/kern/uipc_usrreq.c unp_connectat (copies unp_addr)
 * darwin: source-derived, bsd/kern/uipc_usrreq.c unp_connect (copies unp_addr)
 */
#include "probe.h"

#include <string.h>

void probe_main(void)
{
    int l = uds_listener(PROBE_TYPE, "srv", 4);
    int c = uds_connect_to(PROBE_TYPE, "srv");
    (void)c;
    int a = accept(l, NULL, NULL);
    CHECK(a);

    struct sockaddr_un want, got;
    memset(&want, 0, sizeof want);
    memset(&got, 0, sizeof got);
    socklen_t wlen = sizeof want, glen = sizeof got;
    CHECK(getsockname(l, (struct sockaddr *)&want, &wlen));
    CHECK(getsockname(a, (struct sockaddr *)&got, &glen));

    if (glen == wlen && memcmp(&got, &want, glen) == 0)
        observe("listener");
    if (glen <= sun_path_offset())
        observe("unnamed");
    observe("other");
}
