/* sysctl.c - integer sysctls by their dotted names (sysctl.h). */
#include "sysctl.h"

#include <stdio.h>
#include <string.h>
#if defined(__APPLE__) || defined(__FreeBSD__) || defined(__NetBSD__) || \
    defined(__DragonFly__)
#include <sys/sysctl.h>
#define UDS_HAVE_SYSCTL_NAMED 1
static int sysctl_named(const char *name, void *buf, size_t *len)
{
    return sysctlbyname(name, buf, len, NULL, 0);
}
#elif defined(__OpenBSD__)
#include <sys/types.h>
#include <sys/socket.h>
#include <sys/sysctl.h>
/* OpenBSD has sysctl(2) with numeric MIBs only, no sysctlbyname(3): the
 * names the probes can ask for there, as sys/sys/socket.h CTL_NET_UNIX_NAMES
 * and sys/sys/sysctl.h CTL_KERN_NAMES spell them. Any other name: ENOENT. */
static const struct { const char *name; int mib[4]; unsigned depth; } openbsd_mibs[] = {
    {"kern.somaxconn", {CTL_KERN, KERN_SOMAXCONN}, 2},
    {"net.unix.inflight", {CTL_NET, PF_UNIX, NET_UNIX_INFLIGHT}, 3},
    {"net.unix.deferred", {CTL_NET, PF_UNIX, NET_UNIX_DEFERRED}, 3},
    {"net.unix.stream.recvspace", {CTL_NET, PF_UNIX, SOCK_STREAM, UNPCTL_RECVSPACE}, 4},
    {"net.unix.stream.sendspace", {CTL_NET, PF_UNIX, SOCK_STREAM, UNPCTL_SENDSPACE}, 4},
    {"net.unix.dgram.recvspace", {CTL_NET, PF_UNIX, SOCK_DGRAM, UNPCTL_RECVSPACE}, 4},
    {"net.unix.dgram.sendspace", {CTL_NET, PF_UNIX, SOCK_DGRAM, UNPCTL_SENDSPACE}, 4},
    {"net.unix.seqpacket.recvspace", {CTL_NET, PF_UNIX, SOCK_SEQPACKET, UNPCTL_RECVSPACE}, 4},
    {"net.unix.seqpacket.sendspace", {CTL_NET, PF_UNIX, SOCK_SEQPACKET, UNPCTL_SENDSPACE}, 4},
};

static int sysctl_named(const char *name, void *buf, size_t *len)
{
    for (size_t i = 0; i < sizeof openbsd_mibs / sizeof openbsd_mibs[0]; i++)
        if (strcmp(openbsd_mibs[i].name, name) == 0)
            return sysctl(openbsd_mibs[i].mib, openbsd_mibs[i].depth, buf, len, NULL, 0);
    errno = ENOENT;
    return -1;
}
#define UDS_HAVE_SYSCTL_NAMED 1
#endif

int read_sysctl(const char *name, long *value)
{
#ifdef __linux__
    char path[256];
    snprintf(path, sizeof path, "/proc/sys/%s", name);
    for (char *p = path + strlen("/proc/sys/"); *p; p++)
        if (*p == '.')
            *p = '/';
    FILE *f = fopen(path, "r");
    if (f == NULL)
        return -1;
    int ok = fscanf(f, "%ld", value) == 1;
    fclose(f);
    if (!ok) {
        errno = EINVAL;
        return -1;
    }
    return 0;
#elif defined(UDS_HAVE_SYSCTL_NAMED)
    /* Integer sysctls are int or long (u_long for the buffer sizes). */
    union { int i; long l; } v;
    size_t len = sizeof v;
    memset(&v, 0, sizeof v);
    if (sysctl_named(name, &v, &len) < 0)
        return -1;
    *value = len == sizeof(int) ? v.i : v.l;
    return 0;
#else
    (void)name;
    (void)value;
    errno = ENOSYS;
    return -1;
#endif
}

void observe_sysctl(const char *name)
{
    long v;
    if (read_sysctl(name, &v) < 0) {
        if (errno == ENOENT || errno == ENOSYS)
            not_applicable("no sysctl %s", name);
        setup_failed(name);
    }
    observe("%ld", v);
}
