/*
 * descriptor.c - what a descriptor is (an AF_UNIX socket? of which type?
 * connected?), asked without disturbing errno; and /dev/null put in a
 * descriptor's place, for the perturbations that hand out a wrong file.
 */
#include "perturb.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>

int is_unix(int fd)
{
    int saved = errno;
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    NEED(getsockname, 0);
    memset(&ss, 0, sizeof ss);
    int yes = real_getsockname(fd, (struct sockaddr *)&ss, &len) == 0 && ss.ss_family == AF_UNIX;
    errno = saved;
    return yes;
}

int sock_type(int fd)
{
    int saved = errno, type = -1;
    socklen_t len = sizeof type;
    NEED(getsockopt, -1);
    if (real_getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) < 0)
        type = -1;
    errno = saved;
    return type;
}

int has_peer(int fd)
{
    int saved = errno;
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    NEED(getpeername, 0);
    int yes = real_getpeername(fd, (struct sockaddr *)&ss, &len) == 0;
    errno = saved;
    return yes;
}

void swap_for_dev_null(int fd)
{
    int saved = errno;
    NEED(open, );
    NEED(fcntl, );
    NEED(close, );
    int fl = real_fcntl(fd, F_GETFD);
    int n = real_open("/dev/null", O_RDWR);
    if (n >= 0 && n != fd) {
        dup2(n, fd);
        real_close(n);
        if (fl >= 0)
            real_fcntl(fd, F_SETFD, fl);
    }
    errno = saved;
}
