/*
 * send(MSG_MORE) on a stream socket: accepted or refused, and is the data
 * readable at once (not corked)?
 *
 * unix(7) says MSG_MORE is not supported. The token is
 * "sent=N,readable=yes|no", or the send errno as "sent=ERRNO".
 *
 * Covers: OPT-19
 * linux: unix(7) NOTES: "The send(2) MSG_MORE flag is not supported"
 */
#include "probe.h"

#include <poll.h>

void probe_main(void)
{
#ifdef MSG_MORE
    int sv[2];
    uds_pair(SOCK_STREAM, sv);
    ssize_t n = send(sv[0], "hello", 5, MSG_MORE);
    if (n < 0)
        observe("sent=%s", errno_name(errno));
    int ev = poll_now(sv[1], POLLIN);
    observe("sent=%zd,readable=%s", n, yesno(ev > 0 && (ev & POLLIN)));
#else
    not_applicable("MSG_MORE not defined");
#endif
}
