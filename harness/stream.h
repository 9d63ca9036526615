/*
 * stream.h - helpers shared by the stream and seqpacket probes.
 *
 * Only what three or more probes of those areas repeat.
 */
#ifndef UDSPROBE_STREAM_H
#define UDSPROBE_STREAM_H

#include "probe.h"

/* Fill a listener's backlog: make up to max new non-blocking sockets of
 * type and connect() each to path, stopping at the first connect that
 * fails. Returns how many connected; *err is the errno of the failing
 * connect, or 0 when all max connected. The connected sockets stay open
 * (they hold the backlog) until the probe exits. */
int connect_until_failure(int type, const char *path, int max, int *err);

#endif
