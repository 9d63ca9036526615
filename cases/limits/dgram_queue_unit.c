/*
 * Is a datagram receiver's queue limited by a number of datagrams or by a
 * number of bytes?
 *
 * Two bound receivers are filled by non-blocking senders, one with 16-byte
 * datagrams and one with 1024-byte datagrams. The same count means the limit
 * is a number of datagrams (Linux: net.unix.max_dgram_qlen); fewer large ones
 * means bytes (the BSDs: net.local.dgram.recvspace).
 *
 * Covers: LIM-04, DGR-07
 * linux: source-derived, net/unix/af_unix.c unix_recvq_full_lockless
 * freebsd: unix(4) BUFFERING (net.local.dgram.recvspace)
 * darwin: source-derived, bsd/kern/uipc_usrreq.c uipc_send (sbappendaddr on the receive buffer)
 */
#include "dgram.h"

static long fill_count(const char *path, size_t size)
{
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, path);
    (void)uds_bound(SOCK_DGRAM, path);
    int s = uds_socket(SOCK_DGRAM);
    int err;
    long n = dgram_fill(s, (struct sockaddr *)&sa, len, size, 100000, &err);
    if (err == 0)
        setup_error("fill", "%zu-byte sends never failed", size);
    return n;
}

void probe_main(void)
{
    long small = fill_count("small", 16);
    long large = fill_count("large", 1024);

    if (small == large)
        observe("unit=datagrams");
    observe("unit=%s", small > large ? "bytes" : "other");
}
