/* shutdown.c - poll events for the shutdown probes (shutdown.h). */
#include "shutdown.h"

#include <poll.h>
#include <stdio.h>

void shut_poll_events(int fd, char *out, size_t size)
{
    short ev = UDS_POLL_EVENTS;
    int r = poll_now(fd, ev);
    if (r < 0)
        snprintf(out, size, "%s", errno_name(errno));
    else
        snprintf(out, size, "%s", poll_flags_name(r & (ev | POLLHUP | POLLERR)));
}

const char *shut_poll_both(const int sv[2])
{
    static char token[180];
    char local[80], peer[80];
    shut_poll_events(sv[0], local, sizeof local);
    shut_poll_events(sv[1], peer, sizeof peer);
    snprintf(token, sizeof token, "local=%s,peer=%s", local, peer);
    return token;
}
