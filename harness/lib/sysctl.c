/* sysctl.c - integer sysctls by their dotted names (sysctl.h). */
#include "sysctl.h"

#include <stdio.h>
#include <string.h>
/* OpenBSD has sysctl(2) with numeric MIBs only, no sysctlbyname(3). */
#if defined(__APPLE__) || defined(__FreeBSD__) || defined(__NetBSD__) || \
    defined(__DragonFly__)
#include <sys/sysctl.h>
#define UDS_HAVE_SYSCTLBYNAME 1
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
#elif defined(UDS_HAVE_SYSCTLBYNAME)
    /* Integer sysctls are int or long (u_long for the buffer sizes). */
    union { int i; long l; } v;
    size_t len = sizeof v;
    memset(&v, 0, sizeof v);
    if (sysctlbyname(name, &v, &len, NULL, 0) < 0)
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
