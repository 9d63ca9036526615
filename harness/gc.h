/*
 * gc.h - bounded waits for the gc probes.
 *
 * A collector of in-flight descriptors may run only when some AF_UNIX
 * socket is released (Linux schedules it from unix_release_sock), so while
 * waiting these create and close a throwaway socketpair every few
 * milliseconds.
 */
#ifndef UDSPROBE_GC_H
#define UDSPROBE_GC_H

#include "probe.h"

/* Like wait_events(fd, events, ms), nudging the collector meanwhile. */
int gc_wait_nudged(int fd, short events, int ms);
/* pipe_eof_within() with gc_wait_nudged(): has the pipe read end rfd seen
 * end-of-file (every write end reclaimed) within ms? Leaves rfd
 * non-blocking. */
int gc_reclaimed_within(int rfd, int ms);

#endif
