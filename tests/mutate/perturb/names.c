/*
 * names.c - naming sockets and asking their names: bind, connect,
 * getsockname, getpeername (names_swapped acts here; the names themselves
 * are bent in address.c).
 */
#include "perturb.h"

int bind(int fd, const struct sockaddr *addr, socklen_t len)
{
    NEED(bind, -1);
    if (mode == M_OFF)
        return real_bind(fd, addr, len);
    int err = refused_address(fd, addr, len, 1);
    if (err != 0) {
        errno = err;
        return -1;
    }
    struct sockaddr_un copy;
    addr = rewrite_name(addr, &len, &copy, 1);
    return finish(real_bind(fd, addr, len));
}

int connect(int fd, const struct sockaddr *addr, socklen_t len)
{
    NEED(connect, -1);
    if (mode == M_OFF)
        return real_connect(fd, addr, len);
    /* EISCONN is for sendto only: connect on a connected socket is real. */
    int err = refused_address(-1, addr, len, 0);
    if (err != 0) {
        errno = err;
        return -1;
    }
    struct sockaddr_un copy;
    addr = rewrite_name(addr, &len, &copy, 0);
    return finish(real_connect(fd, addr, len));
}

int getsockname(int fd, struct sockaddr *addr, socklen_t *len)
{
    NEED(getsockname, -1);
    NEED(getpeername, -1);
    if (mode == M_OFF)
        return real_getsockname(fd, addr, len);
    socklen_t cap = len != NULL ? *len : 0;
    struct sockaddr_storage peer;
    socklen_t peerlen = sizeof peer;
    int rc;
    if (mode == M_NAMES_SWAPPED && real_getpeername(fd, (struct sockaddr *)&peer, &peerlen) == 0)
        rc = real_getpeername(fd, addr, len);
    else
        rc = real_getsockname(fd, addr, len);
    if (rc == 0)
        alter_address(addr, len, cap);
    return finish(rc);
}

int getpeername(int fd, struct sockaddr *addr, socklen_t *len)
{
    NEED(getpeername, -1);
    NEED(getsockname, -1);
    if (mode == M_OFF)
        return real_getpeername(fd, addr, len);
    socklen_t cap = len != NULL ? *len : 0;
    int rc = real_getpeername(fd, addr, len);
    if (rc == 0 && mode == M_NAMES_SWAPPED) {
        *len = cap;
        rc = real_getsockname(fd, addr, len);
    }
    if (rc == 0)
        alter_address(addr, len, cap);
    return finish(rc);
}
