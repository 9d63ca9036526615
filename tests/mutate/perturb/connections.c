/*
 * connections.c - listening and accepting: listen (listen_ignored,
 * listen_backlog), accept and accept4.
 */
#include "perturb.h"

int listen(int fd, int backlog)
{
    NEED(listen, -1);
    if (mode == M_LISTEN_IGNORED && sock_type(fd) >= 0)
        return 0;
    if (mode == M_LISTEN_BACKLOG && backlog >= 0)
        backlog += 2;
    return finish(real_listen(fd, backlog));
}

int accept(int fd, struct sockaddr *addr, socklen_t *len)
{
    NEED(accept, -1);
    if (mode == M_OFF)
        return real_accept(fd, addr, len);
    socklen_t cap = len != NULL ? *len : 0;
    int rc = real_accept(fd, addr, len);
    if (rc >= 0)
        alter_address(addr, len, cap);
    return finish_fd(rc);
}

int accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags)
{
    NEED(accept4, -1);
    if (mode == M_OFF)
        return real_accept4(fd, addr, len, flags);
    socklen_t cap = len != NULL ? *len : 0;
    int rc = real_accept4(fd, addr, len, type_flags(flags));
    if (rc >= 0)
        alter_address(addr, len, cap);
    return finish_fd(rc);
}
