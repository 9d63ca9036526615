/*
 * ioctl.c - what ioctl and sockatmark report on an AF_UNIX socket
 * (ioctl_value: FIONREAD/SIOCINQ and SIOCOUTQ + 1, SIOCATMARK and
 * sockatmark the opposite, SIOCUNIXFILE /dev/null).
 */
#include "perturb.h"

#include <stdarg.h>
#include <string.h>
#include <sys/ioctl.h>
#if defined(__linux__) && defined(__has_include)
#if __has_include(<linux/sockios.h>)
#include <linux/sockios.h>
#endif
#endif

#if defined(__linux__) && !defined(SIOCUNIXFILE) && defined(SIOCPROTOPRIVATE)
#define SIOCUNIXFILE (SIOCPROTOPRIVATE + 0)
#endif

/* ioctl passes its third argument as a pointer or an integer of pointer
 * width; read as a pointer it is forwarded unchanged (glibc does the same). */
int ioctl(int fd, ioctl_request request, ...)
{
    va_list ap;
    va_start(ap, request);
    void *arg = va_arg(ap, void *);
    va_end(ap);
    NEED(ioctl, -1);
    if (mode == M_OFF || !is_unix(fd))
        return real_ioctl(fd, request, arg);
    int rc = real_ioctl(fd, request, arg);
    if (rc >= 0 && mode == M_IOCTL_VALUE && arg != NULL) {
        int v;
        memcpy(&v, arg, sizeof v);
#ifdef SIOCOUTQ
        if (request == SIOCOUTQ)
            v += 1;
#endif
        if (request == FIONREAD)
            v += 1;
#ifdef SIOCATMARK
        if (request == SIOCATMARK)
            v = !v;
#endif
        memcpy(arg, &v, sizeof v);
    }
#ifdef SIOCUNIXFILE
    if (rc >= 0 && mode == M_IOCTL_VALUE && request == SIOCUNIXFILE)
        swap_for_dev_null(rc);
#endif
    return finish_value(rc);
}

int sockatmark(int fd)
{
    NEED(sockatmark, -1);
    if (mode == M_OFF)
        return real_sockatmark(fd);
    int rc = real_sockatmark(fd);
    if (rc >= 0 && mode == M_IOCTL_VALUE)
        rc = !rc;
    return finish_value(rc);
}
