/*
 * dgram.h - helpers shared by the dgram and limits probes.
 *
 * Datagrams sent by these helpers carry a sequence number in their first
 * four bytes (network order), so a receiver can tell loss from reordering.
 */
#ifndef UDSPROBE_DGRAM_H
#define UDSPROBE_DGRAM_H

#include "probe.h"

/* Send numbered datagrams of size bytes (at least 4) on s, to the address
 * to/tolen or, when to is NULL, to the connected peer, with MSG_DONTWAIT,
 * until the first failure or cap datagrams. Returns the number accepted;
 * *err is the errno of the first failure, or 0 when cap was reached. */
long dgram_fill(int s, const struct sockaddr *to, socklen_t tolen, size_t size,
                long cap, int *err);

/* What a receiver got: counts and whether the sequence numbers were 0, 1,
 * 2, ... without gaps, duplicates or reordering. */
struct dgram_seen {
    long received;
    int in_order;
};

/* Receive numbered datagrams from r until expect have arrived or none is
 * queued within wait_ms (0: only what is already queued). */
void dgram_drain(int r, long expect, int wait_ms, struct dgram_seen *seen);

/* A child sends total numbered datagrams of size bytes on s (blocking,
 * to to/tolen or the connected peer) while the caller drains r with
 * bounded waits. *accepted is how many sends the child saw succeed and
 * *first_err the errno of its first failed send (0 if none). */
void dgram_blocking_burst(int s, const struct sockaddr *to, socklen_t tolen, int r,
                          long total, size_t size, long *accepted, int *first_err,
                          struct dgram_seen *seen);

/* The largest datagram size below hi that send() on s accepts, found by
 * bisection; every accepted datagram is read back from r. Returns -1 when
 * even hi is accepted. *over_err is the errno for the smallest size
 * rejected. */
long dgram_max_send(int s, int r, long hi, int *over_err);

/* addrlen relative to offsetof(sun_path): "off" or "off+N"; a length
 * shorter than the offset is given as a plain number ("0"). */
const char *dgram_len_rel(socklen_t len);

#endif
