/*
 * shutdown.h - poll events for the shutdown probes.
 *
 * shut_poll_events(): the poll events of a socket right now, asked and
 * masked with one fixed set so the token is the same wherever the same
 * flags are raised.
 */
#ifndef UDSPROBE_SHUTDOWN_H
#define UDSPROBE_SHUTDOWN_H

#include "probe.h"

/* poll(fd) with a zero timeout for UDS_POLL_EVENTS; the result keeps only
 * those flags plus POLLHUP and POLLERR and is written to out as
 * poll_flags_name() spells it ("0" for none), or as the errno name if poll
 * fails. */
void shut_poll_events(int fd, char *out, size_t size);

/* "local=EVENTS,peer=EVENTS": shut_poll_events() of sv[0], then sv[1]. */
const char *shut_poll_both(const int sv[2]);

#endif
