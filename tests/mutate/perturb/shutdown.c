/*
 * shutdown.c - shutdown swapped, ignored or refused (shutdown_swapped,
 * shutdown_ignored, shutdown_enotconn).
 */
#include "perturb.h"

int shutdown(int fd, int how)
{
    NEED(shutdown, -1);
    if (mode == M_OFF)
        return real_shutdown(fd, how);
    if (mode == M_SHUTDOWN_IGNORED && sock_type(fd) >= 0)
        return 0;
    if (mode == M_SHUTDOWN_ENOTCONN && sock_type(fd) >= 0 && !has_peer(fd)) {
        errno = ENOTCONN;
        return -1;
    }
    if (mode == M_SHUTDOWN_SWAPPED)
        how = how == SHUT_RD ? SHUT_WR : how == SHUT_WR ? SHUT_RD : how;
    return finish(real_shutdown(fd, how));
}
