/*
 * poll.c - poll events dropped or added on AF_UNIX sockets (poll_no_in,
 * poll_no_out, poll_hup, poll_no_hup).
 */
#include "perturb.h"

int poll(struct pollfd *fds, nfds_t n, int timeout)
{
    NEED(poll, -1);
    int rc = real_poll(fds, n, timeout);
    if (rc < 0 || fds == NULL || (mode != M_POLL_NO_IN && mode != M_POLL_NO_OUT &&
                                  mode != M_POLL_HUP && mode != M_POLL_NO_HUP))
        return rc;
    int ready = 0;
    for (nfds_t i = 0; i < n; i++) {
        if (fds[i].fd >= 0 && is_unix(fds[i].fd)) {
            if (mode == M_POLL_NO_IN)
                fds[i].revents &= (short)~(POLLIN | POLLRDNORM);
            if (mode == M_POLL_NO_OUT)
                fds[i].revents &= (short)~(POLLOUT | POLLWRNORM);
            if (mode == M_POLL_HUP)
                fds[i].revents |= POLLHUP;
#ifdef POLLRDHUP
            if (mode == M_POLL_NO_HUP)
                fds[i].revents &= (short)~(POLLHUP | POLLRDHUP);
#else
            if (mode == M_POLL_NO_HUP)
                fds[i].revents &= (short)~POLLHUP;
#endif
        }
        if (fds[i].revents != 0)
            ready++;
    }
    return ready;
}
