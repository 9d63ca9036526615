/*
 * fcntl.c - descriptor flags misreported (fdflags_flipped: F_GETFL with
 * O_NONBLOCK flipped, F_GETFD with FD_CLOEXEC flipped).
 */
#include "perturb.h"

#include <fcntl.h>
#include <stdarg.h>

/* fcntl's third argument, like ioctl's, is forwarded as a pointer. */
int fcntl(int fd, int cmd, ...)
{
    va_list ap;
    va_start(ap, cmd);
    void *arg = va_arg(ap, void *);
    va_end(ap);
    NEED(fcntl, -1);
    int rc = real_fcntl(fd, cmd, arg);
    if (rc < 0 || mode != M_FDFLAGS_FLIPPED)
        return rc;
    if (cmd == F_GETFL)
        rc ^= O_NONBLOCK;
    if (cmd == F_GETFD)
        rc ^= FD_CLOEXEC;
    return rc;
}
