/*
 * buffer.h - does a buffer-size option have an effect? The buffer probes
 * of the stream, dgram and limits areas compare two counts of what one
 * socketpair queues.
 */
#ifndef UDSPROBE_BUFFER_H
#define UDSPROBE_BUFFER_H

#include "probe.h"

/* How much end 0 of a fresh socketpair of type queues toward end 1, in
 * 1024-byte sends, after setting the int option opt (SO_SNDBUF, SO_RCVBUF)
 * to value on end `end` (0 the sender, 1 the receiver; value 0 leaves it
 * as it is): bytes until a stream write would block, or datagrams until the
 * first failed send. */
long pair_queue_count(int type, int end, int opt, int value);

#endif
