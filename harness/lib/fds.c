/* fds.c - descriptors: counting them, pipes, and the descriptor limit. */
#include "probe.h"

#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>

void close_fds(const int *fds, int n)
{
    for (int i = 0; i < n; i++)
        close(fds[i]);
}

int fd_is_open(int fd)
{
    return fcntl(fd, F_GETFD) >= 0 || errno != EBADF;
}

int count_open_fds(void)
{
#ifdef __linux__
    DIR *d = opendir("/proc/self/fd");
    if (d != NULL) {
        int n = 0;
        while (readdir(d) != NULL)
            n++;
        closedir(d);
        return n - 3; /* ".", ".." and the directory's own descriptor */
    }
#endif
    struct rlimit rl;
    int max = 65536;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
        rl.rlim_cur < (rlim_t)max)
        max = (int)rl.rlim_cur;
    int n = 0;
    for (int fd = 0; fd < max; fd++)
        if (fd_is_open(fd))
            n++;
    return n;
}

void make_pipe(int p[2])
{
    if (pipe(p) < 0)
        setup_failed("pipe");
}

int pipe_eof_within(int rfd, int ms)
{
    if (set_nonblocking(rfd, 1) < 0)
        setup_failed("fcntl O_NONBLOCK on pipe");
    int ev = wait_events(rfd, POLLIN, ms);
    if (ev <= 0)
        return 0;
    char c;
    return read(rfd, &c, 1) == 0;
}

long raise_nofile(long want)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) < 0)
        setup_failed("getrlimit RLIMIT_NOFILE");
    if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < (rlim_t)want) {
        rlim_t cur = (rlim_t)want;
        if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < cur)
            cur = rl.rlim_max;
        rl.rlim_cur = cur;
        setrlimit(RLIMIT_NOFILE, &rl); /* best effort; re-read below */
        if (getrlimit(RLIMIT_NOFILE, &rl) < 0)
            setup_failed("getrlimit RLIMIT_NOFILE");
    }
    return rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur > (rlim_t)1 << 30 ? 1L << 30 : (long)rl.rlim_cur;
}
