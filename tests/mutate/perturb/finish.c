/*
 * finish.c - the common ends of the wrapped calls: where errno_other and
 * errno_eagain change a failure's errno, fail_succeeds turns a failure
 * into a success, and last_fails turns a success into a failure.
 */
#include "perturb.h"

int transient(int e)
{
    return e == EINTR || e == EAGAIN || e == EWOULDBLOCK || e == EINPROGRESS;
}

int failure_succeeds(void)
{
    int e = errno;
    if (mode == M_ERRNO_OTHER && !transient(e))
        errno = e == EPROTO ? EIO : EPROTO;
    if (mode == M_ERRNO_EAGAIN && (e == EAGAIN || e == EWOULDBLOCK))
        errno = ENOBUFS;
    return mode == M_FAIL_SUCCEEDS && !transient(e);
}

int finish(int rc)
{
    if (mode == M_OFF)
        return rc;
    if (rc < 0)
        return failure_succeeds() ? 0 : -1;
    if (success_fails()) {
        errno = EIO;
        return -1;
    }
    return rc;
}

ssize_t finish_count(ssize_t rc, ssize_t success_value)
{
    if (mode == M_OFF)
        return rc;
    if (rc < 0)
        return failure_succeeds() ? success_value : -1;
    if (success_fails()) {
        errno = EIO;
        return -1;
    }
    return rc;
}

int finish_value(int rc)
{
    if (finish(rc < 0 ? -1 : 0) < 0)
        return -1;
    return rc < 0 ? 0 : rc;
}

int finish_fd(int rc)
{
    if (mode == M_OFF)
        return rc;
    forget_fd(rc);
    if (rc < 0) {
        failure_succeeds();
        return -1;
    }
    if (success_fails()) {
        NEED(close, -1);
        real_close(rc);
        errno = EIO;
        return -1;
    }
    return rc;
}
