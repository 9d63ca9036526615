/*
 * Does a small SO_RCVBUF on a bound datagram receiver reduce how many
 * datagrams it queues?
 *
 * Two bound receivers, one with SO_RCVBUF left alone and one with SO_RCVBUF
 * set to 2048, are filled with 1024-byte datagrams by non-blocking senders
 * until the first error. effect=yes when the counts differ. Linux documents
 * that SO_RCVBUF has no effect on unix sockets (its datagram queue is limited
 * by a count); in FreeBSD's model the receive buffer is what limits a
 * datagram receiver.
 *
 * Covers: OPT-04, STR-23, DGR-07
 * linux: unix(7) Sockets API ("SO_RCVBUF does not" have an effect)
 * freebsd: unix(4) BUFFERING (net.local.dgram.recvspace)
 */
#include "dgram.h"

static long fill_count(const char *path, int rcvbuf)
{
    struct sockaddr_un sa;
    socklen_t len = uds_addr_path(&sa, path);
    int r = uds_bound(SOCK_DGRAM, path);
    if (rcvbuf > 0)
        CHECK(set_int_option(r, SOL_SOCKET, SO_RCVBUF, rcvbuf));
    int s = uds_socket(SOCK_DGRAM);
    int err;
    long n = dgram_fill(s, (struct sockaddr *)&sa, len, 1024, 100000, &err);
    if (err == 0)
        setup_error("fill", "sends never failed");
    return n;
}

void probe_main(void)
{
    long dflt = fill_count("dflt", 0);
    long small = fill_count("small", 2048);
    observe("effect=%s", yesno(small != dflt));
}
