/*
 * A listener whose path has been unlinked still accepts the connections that
 * were queued before the unlink.
 *
 * Close-behind: the name goes, the socket stays until its last reference is
 * closed. A client connects, the path is unlinked, then accept() runs.
 *
 * Covers: FS-03
 * Types: stream, seqpacket
 * linux: unix(7) NOTES ("the socket can be unlinked at any time")
 */
#include "fsperm.h"

void probe_main(void)
{
    int l = uds_listener(PROBE_TYPE, "sock", 4);
    int c = uds_connect_to(PROBE_TYPE, "sock");
    (void)c;
    CHECK(unlink("sock"));
    CHECK(set_nonblocking(l, 1));

    observe_call(accept(l, NULL, NULL));
}
