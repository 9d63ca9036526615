/* system.c - signals, filling buffers and reading sysctls. */
#include "probe.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
/* OpenBSD has sysctl(2) with numeric MIBs only, no sysctlbyname(3). */
#if defined(__APPLE__) || defined(__FreeBSD__) || defined(__NetBSD__) || \
    defined(__DragonFly__)
#include <sys/sysctl.h>
#define UDS_HAVE_SYSCTLBYNAME 1
#endif

#define MAX_SIGNAL 65
static volatile sig_atomic_t signal_counts[MAX_SIGNAL];

static void count_handler(int sig)
{
    if (sig > 0 && sig < MAX_SIGNAL)
        signal_counts[sig]++;
}

void count_signal(int sig)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = count_handler;
    sigemptyset(&sa.sa_mask);
    if (sigaction(sig, &sa, NULL) < 0)
        setup_failed("sigaction");
}

int signal_count(int sig)
{
    return sig > 0 && sig < MAX_SIGNAL ? (int)signal_counts[sig] : 0;
}

size_t fill_socket(int fd, size_t chunk)
{
    char *buf = calloc(1, chunk);
    if (buf == NULL)
        setup_failed("calloc");
    if (set_nonblocking(fd, 1) < 0)
        setup_failed("fcntl O_NONBLOCK");
    size_t total = 0;
    for (;;) {
        ssize_t n = send(fd, buf, chunk, 0);
        if (n > 0) {
            total += (size_t)n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        break;
    }
    free(buf);
    return total;
}

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
