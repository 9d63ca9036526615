/* system.c - signals, filling buffers, files and network namespaces. */
#include "probe.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __linux__
#include <sched.h>
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

int write_text_file(const char *path, const char *text)
{
    int fd = open(path, O_WRONLY);
    if (fd < 0)
        return -1;
    size_t len = strlen(text);
    ssize_t n = write(fd, text, len);
    int saved = errno;
    close(fd);
    errno = saved;
    return n == (ssize_t)len ? 0 : -1;
}

int enter_new_netns(void)
{
#ifdef __linux__
    if (unshare(CLONE_NEWNET) == 0)
        return 0;
    uid_t uid = getuid();
    gid_t gid = getgid();
    if (unshare(CLONE_NEWUSER | CLONE_NEWNET) < 0)
        return -1;
    char map[64];
    snprintf(map, sizeof map, "0 %u 1\n", (unsigned)uid);
    if (write_text_file("/proc/self/uid_map", map) < 0 ||
        write_text_file("/proc/self/setgroups", "deny\n") < 0)
        return -1;
    snprintf(map, sizeof map, "0 %u 1\n", (unsigned)gid);
    return write_text_file("/proc/self/gid_map", map);
#else
    errno = ENOSYS;
    return -1;
#endif
}
